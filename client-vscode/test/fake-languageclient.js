// Stands in for `vscode-languageclient/node` in the extension tests: records how the extension
// builds its client and answers workspace/executeCommand from a table the test fills.
"use strict";

const CloseAction = { DoNotRestart: 1, Restart: 2 };
const ErrorAction = { Continue: 1, Shutdown: 2 };
const RevealOutputChannelOn = { Debug: 0, Info: 1, Warn: 2, Error: 3, Never: 4 };
const ExecuteCommandRequest = { type: { method: "workspace/executeCommand" } };
const DidChangeConfigurationNotification = { type: { method: "workspace/didChangeConfiguration" } };

const fake = {
  clients: [],
  /** workspace/executeCommand handlers by command id. */
  commands: {},
  /** When true, start() launches the real server process, waits for it to exit, and fails. */
  startRunsProcess: false,
  reset() {
    this.clients = [];
    this.commands = {};
    this.startRunsProcess = false;
  },
};

class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    this.id = id;
    this.name = name;
    this.serverOptions = serverOptions;
    this.clientOptions = clientOptions;
    this.requests = [];
    this.notifications = [];
    this.running = false;
    this.disposed = false;
    fake.clients.push(this);
  }
  async start() {
    if (fake.startRunsProcess) {
      const child = await this.serverOptions();
      await new Promise((resolve) => child.on("exit", resolve).on("error", resolve));
      throw new Error("Pending response rejected since connection got disposed");
    }
    this.initializationOptions =
      typeof this.clientOptions.initializationOptions === "function"
        ? this.clientOptions.initializationOptions()
        : this.clientOptions.initializationOptions;
    this.running = true;
  }
  async sendRequest(type, params) {
    this.requests.push({ method: type.method, params });
    if (type.method === "workspace/executeCommand") {
      const handler = fake.commands[params.command];
      if (!handler) throw new Error(`unknown command ${params.command}`);
      return handler(...(params.arguments ?? []));
    }
    return null;
  }
  error(message, data, showNotification) {
    this.logged = [...(this.logged ?? []), { message, showNotification }];
  }
  async sendNotification(type, params) {
    this.notifications.push({ method: type.method, params });
  }
  /** Simulate the server process dying. */
  crash() {
    this.running = false;
    return this.clientOptions.errorHandler.closed();
  }
  async dispose() {
    this.running = false;
    this.disposed = true;
  }
  async stop() {
    this.running = false;
  }
}

module.exports = {
  __fake: fake,
  LanguageClient,
  CloseAction,
  ErrorAction,
  RevealOutputChannelOn,
  ExecuteCommandRequest,
  DidChangeConfigurationNotification,
};
