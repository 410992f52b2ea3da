// activate() against the vscode stub and a fake language client: commands, QuickPick,
// status bar, settings sent to the server, restarts and start-up failures.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { before, beforeEach, afterEach, test } = require("node:test");
const { load, vscode, fakeClient } = require("./load");

const fake = fakeClient.__fake;
const state = vscode.__state;
let ext;
let tmp;

const PROFILES = [
  { id: "this-machine", name: "This machine (CPU, 2 cores)", kind: "cpu", targets: ["peak_memory_bytes", "latency_s"] },
  { id: "pixel3", name: "Pixel 3", kind: "mobile", targets: ["latency_s"] },
];

/** An executable script standing in for `perfhint`. */
function script(name, body) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

async function activate(settings = {}) {
  vscode.__reset();
  fake.reset();
  fake.commands["perfhint.listProfiles"] = () => PROFILES;
  fake.commands["perfhint.setProfile"] = (id) => ({ profile: id });
  Object.assign(state.settings, { "perfhint.serverPath": script("perfhint", "exit 0"), ...settings });
  state.workspaceFolders = [tmp];
  const context = { subscriptions: [] };
  const api = await ext.activate(context);
  return { api, context };
}

const until = async (cond, ms = 3000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
};

before(async () => {
  ext = await load("extension");
});
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "perfhint-ext-"));
});
afterEach(async () => {
  await ext.deactivate();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test("activation starts one client for the 20 languages, with the settings as initializationOptions", async () => {
  await activate({ "perfhint.budgets": { latency_s: 0.01 }, "perfhint.profile": "pixel3" });
  assert.equal(fake.clients.length, 1);
  const client = fake.clients[0];
  const languages = new Set(client.clientOptions.documentSelector.map((d) => d.language));
  assert.equal(languages.size, 20);
  assert.ok(languages.has("haskell") && languages.has("lua"));
  assert.deepEqual(client.initializationOptions.budgets, { latency_s: 0.01 });
  assert.equal(client.initializationOptions.profile, "pixel3");
  const status = state.statusItems[0];
  assert.equal(status.text, "$(pulse) perfhint: pixel3");
  assert.equal(status.command, "perfhint.selectHardwareTarget");
  assert.ok(status.visible);
  // The client id for the palette differs from the server's executeCommand ids.
  assert.ok(state.commands.has("perfhint.selectHardwareTarget"));
  assert.ok(!state.commands.has("perfhint.setProfile") && !state.commands.has("perfhint.listProfiles"));
});

test("the palette command lists the server's profiles and switches the target", async () => {
  await activate();
  state.answerQuickPick = (items) => items.find((i) => i.profileId === "pixel3");
  const chosen = await vscode.commands.executeCommand("perfhint.selectHardwareTarget");
  assert.equal(chosen, "pixel3");
  const shown = state.quickPicks[0].items;
  assert.deepEqual(
    shown.map((i) => i.profileId),
    ["this-machine", "pixel3"],
  );
  assert.equal(shown[1].description, "mobile · Pixel 3");
  assert.equal(shown[1].detail, "predicts latency_s");
  const reqs = fake.clients[0].requests.map((r) => r.params);
  assert.deepEqual(reqs[0], { command: "perfhint.listProfiles", arguments: [] });
  assert.deepEqual(reqs[1], { command: "perfhint.setProfile", arguments: ["pixel3"] });
  assert.equal(reqs.length, 2, "the saved setting must not send setProfile a second time");
  assert.equal(state.statusItems[0].text, "$(pulse) perfhint: pixel3");
  assert.deepEqual(state.updates[0], { key: "perfhint.profile", value: "pixel3", target: vscode.ConfigurationTarget.Global });
  // The saved setting reaches the server with the budgets for the new target.
  await until(() => fake.clients[0].notifications.length === 1);
  assert.equal(fake.clients[0].notifications[0].params.settings.perfhint.profile, "pixel3");
});

test("the status bar item opens the same QuickPick", async () => {
  await activate();
  state.answerQuickPick = () => undefined;
  await vscode.commands.executeCommand(state.statusItems[0].command);
  assert.equal(state.quickPicks.length, 1);
  assert.equal(fake.clients[0].requests.length, 1, "dismissed: no setProfile");
});

test("budget changes go over didChangeConfiguration; a profile typed in settings re-predicts", async () => {
  await activate();
  const client = fake.clients[0];
  vscode.__setSetting("perfhint.budgets", { peak_memory_bytes: 1e8 });
  await until(() => client.notifications.length === 1);
  assert.deepEqual(client.notifications[0].params, {
    settings: {
      perfhint: {
        profile: "this-machine",
        budgets: { peak_memory_bytes: 1e8 },
        enabledLanguages: client.initializationOptions.enabledLanguages,
        disabledLanguages: [],
      },
    },
  });
  vscode.__setSetting("perfhint.profile", "pixel3");
  await until(() => client.requests.length === 1);
  assert.deepEqual(client.requests[0].params, { command: "perfhint.setProfile", arguments: ["pixel3"] });
  assert.equal(state.statusItems[0].text, "$(pulse) perfhint: pixel3");
  assert.equal(fake.clients.length, 1, "no restart for profile or budgets");
});

test("a new server path or model restarts the server; disabling stops it", async () => {
  await activate();
  vscode.__setSetting("perfhint.modelPath", "/models/x");
  await until(() => fake.clients.length === 2);
  assert.ok(fake.clients[0].disposed);
  assert.equal(fake.clients[1].initializationOptions.modelPath, "/models/x");
  vscode.__setSetting("perfhint.enable", false);
  await until(() => state.statusItems[0].text.includes("circle-slash"));
  assert.ok(fake.clients[1].disposed);
  assert.equal(fake.clients.length, 2);
});

test("a crashed server is restarted", async () => {
  await activate();
  const result = await fake.clients[0].crash();
  assert.equal(result.action, fakeClient.CloseAction.DoNotRestart, "the extension restarts it itself");
  await until(() => fake.clients.length === 2 && fake.clients[1].running);
  assert.equal(state.statusItems[0].text, "$(pulse) perfhint: this-machine");
});

test("a missing server: notification with the fix, status shows the failure", async () => {
  await activate({ "perfhint.serverPath": path.join(tmp, "nope", "perfhint") });
  assert.equal(fake.clients.length, 0);
  assert.equal(state.errors.length, 1);
  assert.match(state.errors[0].message, /nope\/perfhint.*was not found.*perfhint\.serverPath/s);
  assert.deepEqual(state.errors[0].actions, ["Open Settings", "Show Output", "Retry"]);
  assert.equal(state.statusItems[0].text, "$(error) perfhint");
  // The palette command explains instead of failing silently.
  await vscode.commands.executeCommand("perfhint.selectHardwareTarget");
  assert.match(state.errors[1].message, /not running/);
});

test("a server that dies on start-up: its stderr turns into the fix", async () => {
  vscode.__reset();
  fake.reset();
  fake.startRunsProcess = true;
  state.workspaceFolders = [tmp];
  state.settings["perfhint.serverPath"] = script(
    "perfhint-broken",
    'echo "Traceback (most recent call last):" >&2; echo "ModuleNotFoundError: No module named \'perfhint\'" >&2; exit 1',
  );
  await ext.activate({ subscriptions: [] });
  assert.equal(state.errors.length, 1);
  assert.match(state.errors[0].message, /module `perfhint` is missing.*pip install/s);
  assert.equal(state.statusItems[0].text, "$(error) perfhint");
  // The library's own "couldn't create connection" popup is demoted to the log: one message.
  fake.clients[0].error("perfhint client: couldn't create connection to server.", undefined, "force");
  assert.equal(fake.clients[0].logged.at(-1).showNotification, false);
});

test("the status bar shows the new target while the server re-predicts; a failed switch reverts it", async () => {
  await activate();
  let finish;
  fake.commands["perfhint.setProfile"] = () => new Promise((resolve) => (finish = resolve));
  state.answerQuickPick = (items) => items.find((i) => i.profileId === "pixel3");
  const pending = vscode.commands.executeCommand("perfhint.selectHardwareTarget");
  await until(() => finish !== undefined);
  assert.equal(state.statusItems[0].text, "$(sync~spin) perfhint: pixel3");
  finish({ profile: "pixel3" });
  assert.equal(await pending, "pixel3");
  assert.equal(state.statusItems[0].text, "$(pulse) perfhint: pixel3");

  fake.commands["perfhint.setProfile"] = () => Promise.reject(new Error("unknown profile"));
  state.answerQuickPick = (items) => items.find((i) => i.profileId === "this-machine");
  assert.equal(await vscode.commands.executeCommand("perfhint.selectHardwareTarget"), undefined);
  assert.equal(state.statusItems[0].text, "$(pulse) perfhint: pixel3");
  assert.match(state.errors.at(-1).message, /could not switch to this-machine/);
});
