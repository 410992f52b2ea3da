// The Select Hardware Target flow against injected editor functions.
"use strict";

const assert = require("node:assert/strict");
const { before, test } = require("node:test");
const { load } = require("./load");

let picker;
before(async () => {
  picker = await load("targetPicker");
});

const PROFILES = [
  { id: "this-machine", name: "This machine", kind: "cpu", targets: ["latency_s"] },
  { id: "pixel3", name: "Pixel 3", kind: "mobile", targets: ["latency_s"] },
];

function deps(overrides = {}) {
  const calls = { set: [], remembered: [], errors: [], shown: [] };
  const d = {
    listProfiles: async () => PROFILES,
    pick: async (items, placeHolder) => {
      calls.shown.push({ items, placeHolder });
      return items.find((i) => i.profileId === "pixel3");
    },
    setProfile: async (id) => calls.set.push(id),
    remember: async (id) => calls.remembered.push(id),
    showError: (m) => calls.errors.push(m),
    ...overrides,
  };
  return { d, calls };
}

test("choosing a target tells the server and remembers it", async () => {
  const { d, calls } = deps();
  assert.equal(await picker.selectHardwareTarget(d, "this-machine"), "pixel3");
  assert.deepEqual(calls.set, ["pixel3"]);
  assert.deepEqual(calls.remembered, ["pixel3"]);
  assert.equal(calls.shown[0].items.length, 2);
  assert.match(calls.shown[0].placeHolder, /now: this-machine/);
});

test("dismissing the QuickPick changes nothing", async () => {
  const { d, calls } = deps({ pick: async () => undefined });
  assert.equal(await picker.selectHardwareTarget(d, "this-machine"), undefined);
  assert.deepEqual(calls.set, []);
  assert.deepEqual(calls.remembered, []);
});

test("a server error while listing is shown, not thrown", async () => {
  const { d, calls } = deps({ listProfiles: async () => Promise.reject(new Error("no model")) });
  assert.equal(await picker.selectHardwareTarget(d, "this-machine"), undefined);
  assert.match(calls.errors[0], /could not list hardware targets: no model/);
});

test("an empty list is explained", async () => {
  const { d, calls } = deps({ listProfiles: async () => [] });
  assert.equal(await picker.selectHardwareTarget(d, "this-machine"), undefined);
  assert.match(calls.errors[0], /knows no hardware targets/);
});

test("a failed switch is not remembered", async () => {
  const { d, calls } = deps({ setProfile: async () => Promise.reject(new Error("unknown profile")) });
  assert.equal(await picker.selectHardwareTarget(d, "this-machine"), undefined);
  assert.deepEqual(calls.remembered, []);
  assert.match(calls.errors[0], /could not switch to pixel3: unknown profile/);
});
