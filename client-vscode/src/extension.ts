// perfhint for VS Code: starts `perfhint serve` over stdio and adds the hardware-target picker.
// The decisions (which command, which settings, what went wrong, which items) live in the
// vscode-free modules beside this one; this file wires them to the editor.
import * as cp from "child_process";
import * as fs from "fs";
import * as vscode from "vscode";
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
} from "vscode-languageclient/node";
import { appendTail, diagnoseStartFailure, type Failure, shouldRestart } from "./failures";
import { activeLanguages } from "./languages";
import { commandExists, expandPath, type Host, resolveServerCommand, type ServerCommand } from "./serverCommand";
import { DEFAULT_PROFILE, needsRestart, readSettings, SECTION, type Settings, serverSettings } from "./settings";
import { selectHardwareTarget } from "./targetPicker";
import { type ServerState, statusView } from "./targets";

export const COMMAND_SELECT_TARGET = "perfhint.selectHardwareTarget";
export const COMMAND_RESTART = "perfhint.restartServer";
export const COMMAND_SHOW_OUTPUT = "perfhint.showOutput";
// Server-side executeCommand ids; vscode-languageclient registers these itself.
export const SERVER_LIST_PROFILES = "perfhint.listProfiles";
export const SERVER_SET_PROFILE = "perfhint.setProfile";

const RESTART_DELAY_MS = 500;

/** A client that leaves failure notifications to PerfhintExtension, which adds the fix. */
class PerfhintClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification?: boolean | "force"): void {
    super.error(message, data, showNotification === "force" ? false : showNotification);
  }
}

/** The server process of one start attempt: its stderr tail and how it ended. */
interface Spawned {
  command: ServerCommand;
  process?: cp.ChildProcess;
  stderrTail: string;
  missing: boolean;
  exitCode?: number | null;
  exited: Promise<void>;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export class PerfhintExtension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private settings: Settings;
  /** `perfhint.modelPath` as the running server got it (expanded). */
  private modelPath: string | null = null;
  private profile: string;
  /** The profile the running server was last told about (initializationOptions or setProfile). */
  private serverProfile: string | undefined;
  private state: ServerState = "stopped";
  private failureDetail = "";
  private spawned: Spawned | undefined;
  private crashTimesMs: number[] = [];
  private generation = 0;
  private readonly status: vscode.StatusBarItem;
  private readonly output: vscode.LogOutputChannel;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.settings = readSettings((key) => vscode.workspace.getConfiguration(SECTION).get(key));
    this.profile = this.settings.profile || DEFAULT_PROFILE;
    this.output = vscode.window.createOutputChannel("perfhint", { log: true });
    this.status = vscode.window.createStatusBarItem("perfhint.target", vscode.StatusBarAlignment.Right, 100);
    this.status.name = "perfhint hardware target";
    this.status.command = COMMAND_SELECT_TARGET;
    this.disposables.push(
      this.output,
      this.status,
      vscode.commands.registerCommand(COMMAND_SELECT_TARGET, () => this.selectTarget()),
      vscode.commands.registerCommand(COMMAND_RESTART, () => this.restart()),
      vscode.commands.registerCommand(COMMAND_SHOW_OUTPUT, () => this.output.show(true)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) void this.onSettingsChanged();
      }),
    );
  }

  get currentProfile(): string {
    return this.profile;
  }

  get serverState(): ServerState {
    return this.state;
  }

  async start(): Promise<void> {
    if (!this.settings.enable) {
      this.setState("disabled");
      return;
    }
    const generation = ++this.generation;
    const host = this.host();
    const modelPath = this.settings.modelPath ? expandPath(this.settings.modelPath, host) : null;
    this.modelPath = modelPath;
    const command = resolveServerCommand(this.settings, host, modelPath);
    this.setState("starting");
    if (!commandExists(command, host)) {
      this.fail({ command, missing: true, stderrTail: "" });
      return;
    }
    const languages = activeLanguages(this.settings.enabledLanguages, this.settings.disabledLanguages);
    const clientOptions: LanguageClientOptions = {
      documentSelector: languages.flatMap((language) => [
        { scheme: "file", language },
        { scheme: "untitled", language },
      ]),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: () => serverSettings({ ...this.settings, profile: this.profile }, modelPath),
      // Failures are explained by this class, once, with a fix.
      initializationFailedHandler: () => false,
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue, handled: true }),
        closed: () => {
          // Restarts are this class's decision (onServerClosed), not the library's.
          const message = this.onServerClosed(generation);
          return { action: CloseAction.DoNotRestart, message, handled: true };
        },
      },
    };
    this.output.info(`starting ${[command.command, ...command.args].join(" ")} (from ${command.source})`);
    const client = new PerfhintClient("perfhint", "perfhint", () => this.spawn(command), clientOptions);
    this.client = client;
    try {
      await client.start();
    } catch {
      if (generation === this.generation) await this.failFromProcess();
      return;
    }
    if (generation !== this.generation) return;
    this.serverProfile = this.profile;
    this.setState("running");
  }

  async stop(): Promise<void> {
    this.generation++;
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.dispose(2000);
      } catch {
        // already stopped or never started
      }
    }
    this.serverProfile = undefined;
  }

  async restart(): Promise<void> {
    this.crashTimesMs = [];
    await this.stop();
    await this.start();
  }

  async selectTarget(): Promise<string | undefined> {
    const client = this.client;
    if (!client || (this.state !== "running" && this.state !== "switching")) {
      const choice = await vscode.window.showErrorMessage(
        `perfhint: the language server is not running. ${this.failureDetail}`.trim(),
        "Restart Server",
        "Show Output",
      );
      if (choice === "Restart Server") await this.restart();
      if (choice === "Show Output") this.output.show(true);
      return undefined;
    }
    const exec = (command: string, args: unknown[]) =>
      client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
    return selectHardwareTarget(
      {
        listProfiles: () => exec(SERVER_LIST_PROFILES, []),
        pick: async (items, placeHolder) =>
          (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true })) ??
          undefined,
        setProfile: async (id) => {
          // Show the choice at once; the server answers after re-predicting every open file.
          const previous = this.profile;
          this.profile = id;
          this.setState("switching");
          try {
            const result = await exec(SERVER_SET_PROFILE, [id]);
            this.serverProfile = id;
            return result;
          } catch (e) {
            this.profile = previous;
            throw e;
          } finally {
            if (this.state === "switching") this.setState("running");
          }
        },
        remember: async (id) => {
          this.profile = id;
          this.setState(this.state);
          await this.persistProfile(id);
        },
        showError: (message) => void vscode.window.showErrorMessage(message),
      },
      this.profile,
    );
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables) d.dispose();
  }

  private host(): Host {
    return {
      workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
      env: process.env,
      platform: process.platform,
      isExecutable,
    };
  }

  private spawn(command: ServerCommand): Promise<cp.ChildProcess> {
    const child = cp.spawn(command.command, command.args, {
      cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
      env: { ...process.env, PYTHONUNBUFFERED: "1" },
      stdio: "pipe",
    });
    const spawned: Spawned = {
      command,
      process: child,
      stderrTail: "",
      missing: false,
      exited: new Promise((resolve) => {
        child.on("exit", (code) => {
          spawned.exitCode = code;
          resolve();
        });
        child.on("error", (err: NodeJS.ErrnoException) => {
          spawned.missing = err.code === "ENOENT" || err.code === "EACCES";
          resolve();
        });
      }),
    };
    child.stderr?.on("data", (chunk: Buffer) => {
      spawned.stderrTail = appendTail(spawned.stderrTail, chunk.toString("utf8"));
    });
    this.spawned = spawned;
    return Promise.resolve(child);
  }

  /** Decide what follows the end of a server process; returns the line for the log. */
  private onServerClosed(generation: number): string {
    if (generation !== this.generation) return "the language server was stopped";
    if (this.state !== "running" && this.state !== "switching") return "the language server did not start";
    const now = Date.now();
    this.crashTimesMs.push(now);
    if (shouldRestart(this.crashTimesMs, now)) {
      this.setState("starting");
      setTimeout(() => {
        if (generation === this.generation) void this.stop().then(() => this.start());
      }, RESTART_DELAY_MS);
      return "the language server stopped; restarting it";
    }
    this.generation++;
    void this.failFromProcess();
    return "the language server stopped again; not restarting it";
  }

  private async failFromProcess(): Promise<void> {
    const s = this.spawned;
    if (!s) return;
    // The close of stdout can come before the exit status and the last stderr lines.
    await Promise.race([s.exited, new Promise((r) => setTimeout(r, 2000))]);
    this.fail({ command: s.command, missing: s.missing, stderrTail: s.stderrTail, exitCode: s.exitCode });
  }

  private fail(evidence: Parameters<typeof diagnoseStartFailure>[0]): void {
    const failure: Failure = diagnoseStartFailure(evidence);
    this.failureDetail = failure.fix;
    this.setState("failed");
    this.output.error(`${failure.message}\n${failure.fix}\n${evidence.stderrTail}`);
    const first = failure.action === "openSettings" ? "Open Settings" : "Show Output";
    const second = failure.action === "openSettings" ? "Show Output" : "Open Settings";
    void vscode.window.showErrorMessage(`${failure.message} ${failure.fix}`, first, second, "Retry").then((choice) => {
      if (choice === "Open Settings") void vscode.commands.executeCommand("workbench.action.openSettings", SECTION);
      if (choice === "Show Output") this.output.show(true);
      if (choice === "Retry") void this.restart();
    });
  }

  private async onSettingsChanged(): Promise<void> {
    const before = this.settings;
    const after = readSettings((key) => vscode.workspace.getConfiguration(SECTION).get(key));
    this.settings = after;
    if (after.profile !== before.profile) this.profile = after.profile;
    if (before.enable !== after.enable) {
      if (after.enable) {
        await this.start();
      } else {
        await this.stop();
        this.setState("disabled");
      }
      return;
    }
    if (!after.enable) return;
    if (needsRestart(before, after)) {
      await this.restart();
      return;
    }
    const client = this.client;
    this.setState(this.state);
    if (!client || this.state !== "running") return;
    await client.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { [SECTION]: serverSettings(after, this.modelPath) },
    });
    if (this.serverProfile !== after.profile) {
      // A profile typed into settings.json re-predicts like one picked from the palette.
      await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_SET_PROFILE, arguments: [after.profile] });
      this.serverProfile = after.profile;
    }
  }

  /** Store the picked target in the workspace when `perfhint.profile` is set there, else globally. */
  private async persistProfile(id: string): Promise<void> {
    const config = vscode.workspace.getConfiguration(SECTION);
    const where = config.inspect<string>("profile");
    const target =
      where?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    try {
      await config.update("profile", id, target);
    } catch (e) {
      this.output.warn(`could not save perfhint.profile: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private setState(state: ServerState): void {
    this.state = state;
    const view = statusView(this.profile, state, this.failureDetail);
    this.status.text = view.text;
    this.status.tooltip = view.tooltip;
    this.status.show();
  }
}

let extension: PerfhintExtension | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PerfhintExtension> {
  extension = new PerfhintExtension();
  context.subscriptions.push(extension);
  await extension.start();
  return extension;
}

export async function deactivate(): Promise<void> {
  const ext = extension;
  extension = undefined;
  await ext?.stop();
}
