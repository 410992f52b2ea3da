// Builds a TypeScript module from src/ with esbuild and requires it. `vscode` resolves to the
// stub here; `vscode-languageclient/node` to the fake when asked. Not a test file itself.
"use strict";

const esbuild = require("esbuild");
const fs = require("fs");
const Module = require("module");
const os = require("os");
const path = require("path");

const SRC = path.join(__dirname, "..", "src");
const STUB = path.join(__dirname, "vscode-stub.js");
const FAKE_CLIENT = path.join(__dirname, "fake-languageclient.js");

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "vscode") return STUB;
  return originalResolve.call(this, request, ...rest);
};

const fakeClientPlugin = {
  name: "fake-languageclient",
  setup(build) {
    build.onResolve({ filter: /^vscode-languageclient\/node$/ }, () => ({ path: FAKE_CLIENT, external: true }));
  },
};

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "perfhint-vscode-test-"));
process.on("exit", () => fs.rmSync(outDir, { recursive: true, force: true }));

/** require() of src/<name>.ts, bundled (vscode left external). */
async function load(name) {
  const outfile = path.join(outDir, `${name}.js`);
  await esbuild.build({
    entryPoints: [path.join(SRC, `${name}.ts`)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    external: ["vscode"],
    plugins: [fakeClientPlugin],
    logLevel: "error",
  });
  return require(outfile);
}

module.exports = { load, vscode: require(STUB), fakeClient: require(FAKE_CLIENT) };
