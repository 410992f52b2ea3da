// The vscode-free modules: languages, settings, server command, failures, targets.
"use strict";

const assert = require("node:assert/strict");
const path = require("node:path");
const { before, describe, test } = require("node:test");
const { load } = require("./load");

let languages, settings, serverCommand, failures, targets;
before(async () => {
  [languages, settings, serverCommand, failures, targets] = await Promise.all(
    ["languages", "settings", "serverCommand", "failures", "targets"].map(load),
  );
});

describe("languages", () => {
  test("all 20 by default", () => {
    assert.equal(languages.SUPPORTED_LANGUAGES.length, 20);
    assert.deepEqual(languages.activeLanguages(undefined, undefined), [...languages.SUPPORTED_LANGUAGES]);
    assert.deepEqual(languages.activeLanguages([], []), [...languages.SUPPORTED_LANGUAGES]);
  });
  test("enabled subset, disabled wins, unknown and duplicate ids dropped", () => {
    assert.deepEqual(languages.activeLanguages(["python", "rust", "cobol", "python"], ["rust"]), ["python"]);
    assert.deepEqual(languages.activeLanguages(undefined, ["c", "cpp"]).includes("c"), false);
  });
});

describe("settings", () => {
  const getter = (values) => (key) => values[key];
  test("defaults", () => {
    const s = settings.readSettings(getter({}));
    assert.equal(s.enable, true);
    assert.equal(s.profile, "this-machine");
    assert.deepEqual(s.budgets, {});
    assert.equal(s.serverPath, "");
  });
  test("budgets keep finite non-negative numbers only", () => {
    assert.deepEqual(settings.cleanBudgets({ latency_s: 0.01, peak_memory_bytes: "1e8", x: -1, y: Infinity }), {
      latency_s: 0.01,
    });
    assert.deepEqual(settings.cleanBudgets([1, 2]), {});
    assert.deepEqual(settings.cleanBudgets(null), {});
  });
  test("per-profile budgets override the general ones", () => {
    const s = settings.readSettings(
      getter({
        profile: "raspi4",
        budgets: { latency_s: 0.01, peak_memory_bytes: 1e8 },
        budgetsByProfile: { raspi4: { latency_s: 0.5 } },
      }),
    );
    assert.deepEqual(settings.budgetsFor(s, "raspi4"), { latency_s: 0.5, peak_memory_bytes: 1e8 });
    assert.deepEqual(settings.budgetsFor(s, "this-machine"), { latency_s: 0.01, peak_memory_bytes: 1e8 });
  });
  test("what the server receives", () => {
    const s = settings.readSettings(
      getter({ profile: " pixel3 ", budgets: { latency_s: 2 }, modelPath: "/m", disabledLanguages: ["php"] }),
    );
    const payload = settings.serverSettings(s);
    assert.equal(payload.profile, "pixel3");
    assert.deepEqual(payload.budgets, { latency_s: 2 });
    assert.equal(payload.modelPath, "/m");
    assert.equal(payload.enabledLanguages.length, 19);
    assert.ok(!payload.enabledLanguages.includes("php"));
    assert.deepEqual(payload.disabledLanguages, ["php"]);
    assert.ok(!("modelPath" in settings.serverSettings(settings.readSettings(getter({})))));
  });
  test("which changes need a new server process", () => {
    const a = settings.readSettings(getter({}));
    assert.equal(settings.needsRestart(a, settings.readSettings(getter({ profile: "x", budgets: { latency_s: 1 } }))), false);
    assert.equal(settings.needsRestart(a, settings.readSettings(getter({ serverPath: "/x/perfhint" }))), true);
    assert.equal(settings.needsRestart(a, settings.readSettings(getter({ modelPath: "/m" }))), true);
    assert.equal(settings.needsRestart(a, settings.readSettings(getter({ disabledLanguages: ["c"] }))), true);
  });
});

describe("server command", () => {
  const host = (executables, extra = {}) => ({
    workspaceFolders: ["/ws"],
    env: { PATH: "/usr/bin:/opt/bin", HOME: "/home/u" },
    platform: "linux",
    isExecutable: (f) => executables.includes(f),
    ...extra,
  });
  const base = (values = {}) => settings.readSettings((k) => values[k]);

  test("perfhint.serverPath wins, with ~ and ${workspaceFolder} expanded", () => {
    const h = host(["/ws/.venv/bin/perfhint"]);
    const c = serverCommand.resolveServerCommand(base({ serverPath: "~/venv/bin/perfhint" }), h, null);
    assert.deepEqual(c, { command: "/home/u/venv/bin/perfhint", args: ["serve"], source: "perfhint.serverPath" });
    const d = serverCommand.resolveServerCommand(base({ serverPath: "${workspaceFolder}/env/bin/perfhint" }), h, null);
    assert.equal(d.command, "/ws/env/bin/perfhint");
    const rel = serverCommand.resolveServerCommand(base({ serverPath: "tools/perfhint" }), h, null);
    assert.equal(rel.command, path.join("/ws", "tools/perfhint"));
  });
  test("perfhint.pythonPath runs the server module", () => {
    const c = serverCommand.resolveServerCommand(base({ pythonPath: "/usr/bin/python3" }), host([]), null);
    assert.deepEqual(c.args, ["-m", "perfhint.server", "serve"]);
    assert.equal(c.command, "/usr/bin/python3");
  });
  test("the workspace .venv, then PATH", () => {
    const venv = serverCommand.resolveServerCommand(base(), host(["/ws/.venv/bin/perfhint", "/opt/bin/perfhint"]), null);
    assert.equal(venv.command, "/ws/.venv/bin/perfhint");
    assert.equal(venv.source, "the workspace's .venv");
    const onPath = serverCommand.resolveServerCommand(base(), host(["/opt/bin/perfhint"]), null);
    assert.deepEqual([onPath.command, onPath.source], ["/opt/bin/perfhint", "PATH"]);
    const none = serverCommand.resolveServerCommand(base(), host([]), null);
    assert.equal(none.command, "perfhint");
    assert.equal(serverCommand.commandExists(none, host([])), false);
    assert.equal(serverCommand.commandExists(onPath, host(["/opt/bin/perfhint"])), true);
  });
  test("the model path goes on the command line", () => {
    const c = serverCommand.resolveServerCommand(base({ serverPath: "/p" }), host([]), "${workspaceFolder}/ckpt");
    assert.deepEqual(c.args, ["serve", "--model", "/ws/ckpt"]);
  });
});

describe("failures", () => {
  const command = { command: "/ws/.venv/bin/perfhint", args: ["serve"], source: "the workspace's .venv" };
  test("missing executable: says which and how to fix", () => {
    const f = failures.diagnoseStartFailure({ command, missing: true, stderrTail: "" });
    assert.match(f.message, /\/ws\/\.venv\/bin\/perfhint.*not found/);
    assert.match(f.fix, /perfhint\.serverPath/);
    assert.equal(f.action, "openSettings");
  });
  test("missing Python package", () => {
    const f = failures.diagnoseStartFailure({
      command,
      missing: false,
      stderrTail: "Traceback...\nModuleNotFoundError: No module named 'pygls'\n",
      exitCode: 1,
    });
    assert.match(f.message, /`pygls` is missing/);
    assert.match(f.fix, /pip install/);
  });
  test("missing model", () => {
    const f = failures.diagnoseStartFailure({
      command,
      missing: false,
      stderrTail: "perfhint.models.checkpoints.CheckpointError: /x has no model.safetensors",
      exitCode: 1,
    });
    assert.match(f.message, /model/);
    assert.match(f.fix, /perfhint\.modelPath/);
  });
  test("anything else: the last stderr line and the exit code", () => {
    const f = failures.diagnoseStartFailure({ command, missing: false, stderrTail: "a\nboom\n", exitCode: 3 });
    assert.match(f.message, /exit code 3.*boom/);
    assert.equal(f.action, "showOutput");
  });
  test("stderr tail is bounded", () => {
    assert.equal(failures.appendTail("abc", "defg", 5), "cdefg");
  });
  test("restart policy: at most 5 crashes in 3 minutes", () => {
    const now = 1_000_000;
    assert.equal(failures.shouldRestart([now], now), true);
    assert.equal(failures.shouldRestart([now - 4, now - 3, now - 2, now - 1, now], now), false);
    assert.equal(failures.shouldRestart([now - 400_000, now - 300_000, now - 200_000, now - 1, now], now), true);
  });
});

describe("targets", () => {
  const raw = [
    { id: "this-machine", name: "This machine (CPU, 2 cores)", kind: "cpu", targets: ["peak_memory_bytes", "latency_s"] },
    { id: "pixel3", name: "Pixel 3", kind: "mobile", targets: ["latency_s"] },
    { id: "a100", name: "NVIDIA A100", kind: "gpu", targets: ["latency_s"] },
    { name: "no id" },
    "junk",
  ];
  test("malformed entries are dropped", () => {
    const p = targets.parseProfiles(raw);
    assert.deepEqual(
      p.map((x) => x.id),
      ["this-machine", "pixel3", "a100"],
    );
    assert.deepEqual(targets.parseProfiles({ not: "a list" }), []);
  });
  test("items: current first and checked, then by kind; name, kind and targets shown", () => {
    const items = targets.targetItems(targets.parseProfiles(raw), "pixel3");
    assert.deepEqual(
      items.map((i) => i.profileId),
      ["pixel3", "this-machine", "a100"],
    );
    assert.equal(items[0].label, "$(check) pixel3");
    assert.equal(items[0].picked, true);
    assert.equal(items[1].description, "cpu · This machine (CPU, 2 cores)");
    assert.equal(items[1].detail, "predicts peak_memory_bytes, latency_s");
  });
  test("status bar text per state", () => {
    assert.equal(targets.statusView("pixel3", "running").text, "$(pulse) perfhint: pixel3");
    assert.match(targets.statusView("pixel3", "failed", "Set perfhint.serverPath").tooltip, /serverPath/);
    assert.match(targets.statusView("x", "disabled").text, /perfhint/);
  });
});
