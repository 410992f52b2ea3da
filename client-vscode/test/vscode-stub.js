// A small stand-in for the `vscode` module: enough API for the extension's activation,
// commands, QuickPick, status bar and settings, recording what the extension did.
"use strict";

class Disposable {
  constructor(fn) {
    this.fn = fn;
  }
  dispose() {
    if (this.fn) this.fn();
    this.fn = undefined;
  }
}

class EventEmitter {
  constructor() {
    this.listeners = [];
    this.event = (listener) => {
      this.listeners.push(listener);
      return new Disposable(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
      });
    };
  }
  fire(value) {
    for (const l of [...this.listeners]) l(value);
  }
}

const StatusBarAlignment = { Left: 1, Right: 2 };
const ConfigurationTarget = { Global: 1, Workspace: 2, WorkspaceFolder: 3 };

function createState() {
  return {
    commands: new Map(),
    executed: [],
    statusItems: [],
    outputs: [],
    errors: [],
    infos: [],
    quickPicks: [],
    /** What the next QuickPick answers: a function of its items. */
    answerQuickPick: (items) => items[0],
    answerError: () => undefined,
    settings: {},
    workspaceSettings: {},
    updates: [],
    workspaceFolders: [],
    configChanged: new EventEmitter(),
  };
}

const state = createState();

function reset() {
  Object.assign(state, createState());
}

function outputChannel(name) {
  const lines = [];
  const log = (level) => (msg) => lines.push(`[${level}] ${msg}`);
  const ch = {
    name,
    lines,
    shown: 0,
    append: (s) => lines.push(s),
    appendLine: (s) => lines.push(s),
    info: log("info"),
    warn: log("warn"),
    error: log("error"),
    debug: log("debug"),
    trace: log("trace"),
    show: () => {
      ch.shown++;
    },
    clear: () => {},
    dispose: () => {},
  };
  state.outputs.push(ch);
  return ch;
}

function configuration(section) {
  const key = (k) => `${section}.${k}`;
  return {
    get: (k, dflt) => {
      const full = key(k);
      if (full in state.workspaceSettings) return state.workspaceSettings[full];
      if (full in state.settings) return state.settings[full];
      return dflt;
    },
    inspect: (k) => ({
      key: key(k),
      globalValue: state.settings[key(k)],
      workspaceValue: state.workspaceSettings[key(k)],
    }),
    update: async (k, value, target) => {
      state.updates.push({ key: key(k), value, target });
      if (target === ConfigurationTarget.Workspace) state.workspaceSettings[key(k)] = value;
      else state.settings[key(k)] = value;
      state.configChanged.fire({ affectsConfiguration: (s) => key(k).startsWith(s) });
    },
  };
}

module.exports = {
  __state: state,
  __reset: reset,
  /** Change a user setting the way the Settings editor would. */
  __setSetting(fullKey, value) {
    state.settings[fullKey] = value;
    state.configChanged.fire({ affectsConfiguration: (s) => fullKey.startsWith(s) });
  },
  Disposable,
  EventEmitter,
  StatusBarAlignment,
  ConfigurationTarget,
  version: "1.100.3",
  env: { appName: "stub", language: "en" },
  Uri: { file: (p) => ({ fsPath: p, scheme: "file", toString: () => `file://${p}` }) },
  commands: {
    registerCommand(id, fn) {
      if (state.commands.has(id)) throw new Error(`command '${id}' already exists`);
      state.commands.set(id, fn);
      return new Disposable(() => state.commands.delete(id));
    },
    async executeCommand(id, ...args) {
      state.executed.push({ id, args });
      const fn = state.commands.get(id);
      return fn ? fn(...args) : undefined;
    },
  },
  window: {
    createOutputChannel: (name) => outputChannel(name),
    createStatusBarItem(id, alignment, priority) {
      const item = { id, alignment, priority, text: "", tooltip: "", command: undefined, visible: false };
      item.show = () => {
        item.visible = true;
      };
      item.hide = () => {
        item.visible = false;
      };
      item.dispose = () => {};
      state.statusItems.push(item);
      return item;
    },
    async showQuickPick(items, options) {
      const resolved = await items;
      state.quickPicks.push({ items: resolved, options });
      return state.answerQuickPick(resolved);
    },
    showErrorMessage(message, ...actions) {
      state.errors.push({ message, actions });
      return Promise.resolve(state.answerError(message, actions));
    },
    showInformationMessage(message, ...actions) {
      state.infos.push({ message, actions });
      return Promise.resolve(undefined);
    },
  },
  workspace: {
    getConfiguration: (section) => configuration(section),
    get workspaceFolders() {
      return state.workspaceFolders.map((p, index) => ({ uri: { fsPath: p }, name: p, index }));
    },
    onDidChangeConfiguration: (listener) => state.configChanged.event(listener),
  },
};
