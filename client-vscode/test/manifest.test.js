// package.json: what VS Code reads before any code runs.
"use strict";

const assert = require("node:assert/strict");
const { before, test } = require("node:test");
const manifest = require("../package.json");
const { load } = require("./load");

let languages;
before(async () => {
  languages = await load("languages");
});

test("activates on exactly the supported languages", () => {
  const events = manifest.activationEvents.map((e) => e.replace(/^onLanguage:/, ""));
  assert.deepEqual(events.sort(), [...languages.SUPPORTED_LANGUAGES].sort());
});

test("the palette commands are the client's own ids, not the server's", () => {
  const ids = manifest.contributes.commands.map((c) => c.command);
  assert.ok(ids.includes("perfhint.selectHardwareTarget"));
  assert.ok(!ids.includes("perfhint.setProfile") && !ids.includes("perfhint.listProfiles"));
  const select = manifest.contributes.commands.find((c) => c.command === "perfhint.selectHardwareTarget");
  assert.equal(`${select.category}: ${select.title}`, "perfhint: Select Hardware Target");
});

test("every setting the extension reads is contributed, none machine-scoped", () => {
  const props = manifest.contributes.configuration.properties;
  for (const key of [
    "enable",
    "profile",
    "budgets",
    "budgetsByProfile",
    "modelPath",
    "enabledLanguages",
    "disabledLanguages",
    "serverPath",
    "pythonPath",
  ]) {
    assert.ok(props[`perfhint.${key}`], `perfhint.${key}`);
  }
  // code-server runs extensions in a remote host, where machine-scoped user settings are
  // ignored after the first write to settings.json (found by the e2e test).
  for (const [key, p] of Object.entries(props)) assert.ok(!String(p.scope ?? "").startsWith("machine"), key);
  assert.deepEqual(props["perfhint.enabledLanguages"].default.slice().sort(), [...languages.SUPPORTED_LANGUAGES].sort());
});

test("languages VS Code lacks are registered, the bundle is the entry point", () => {
  const ids = manifest.contributes.languages.map((l) => l.id);
  for (const id of ["d", "fortran", "haskell", "kotlin", "ocaml", "scala"]) assert.ok(ids.includes(id), id);
  assert.equal(manifest.main, "./dist/extension.js");
  assert.match(manifest.engines.vscode, /^\^1\.\d+/);
});
