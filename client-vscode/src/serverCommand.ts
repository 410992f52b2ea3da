// Which process to start as the language server. vscode-free: file checks are injected.
import * as path from "path";
import type { Settings } from "./settings";

export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
  /** Where the command came from, for messages: "perfhint.serverPath", "workspace .venv", ... */
  readonly source: string;
}

export interface Host {
  readonly workspaceFolders: readonly string[];
  readonly env: Record<string, string | undefined>;
  readonly platform: string;
  readonly isExecutable: (file: string) => boolean;
}

/** `~` and `${workspaceFolder}` expanded; a relative path is taken from the first workspace folder. */
export function expandPath(p: string, host: Host): string {
  const root = host.workspaceFolders[0];
  let out = p.replace(/\$\{workspaceFolder\}/g, root ?? "");
  const home = host.env.HOME ?? host.env.USERPROFILE;
  if ((out === "~" || out.startsWith("~/")) && home) {
    out = path.join(home, out.slice(1));
  }
  // A bare name ("perfhint", "python3") is looked up on PATH, not next to the workspace.
  if (!path.isAbsolute(out) && out.includes("/") && root) {
    out = path.join(root, out);
  }
  return out;
}

function venvExecutable(folder: string, name: string, platform: string): string {
  return platform === "win32"
    ? path.join(folder, ".venv", "Scripts", `${name}.exe`)
    : path.join(folder, ".venv", "bin", name);
}

/** The first executable called `name` on PATH, or undefined. */
export function whichOnPath(name: string, host: Host): string | undefined {
  const sep = host.platform === "win32" ? ";" : ":";
  for (const dir of (host.env.PATH ?? "").split(sep)) {
    if (!dir) continue;
    const candidates = host.platform === "win32" ? [`${name}.exe`, `${name}.cmd`] : [name];
    for (const c of candidates) {
      const full = path.join(dir, c);
      if (host.isExecutable(full)) return full;
    }
  }
  return undefined;
}

/**
 * Resolution order: `perfhint.serverPath` (the `perfhint` executable), `perfhint.pythonPath`
 * (an interpreter with perfhint installed, run as `python -m perfhint.server`), a `.venv` in a
 * workspace folder, then `perfhint` on PATH. `modelPath` is passed as `--model`.
 */
export function resolveServerCommand(s: Settings, host: Host, modelPath: string | null): ServerCommand {
  const serveArgs = ["serve", ...(modelPath ? ["--model", expandPath(modelPath, host)] : [])];
  if (s.serverPath) {
    return { command: expandPath(s.serverPath, host), args: serveArgs, source: "perfhint.serverPath" };
  }
  if (s.pythonPath) {
    return {
      command: expandPath(s.pythonPath, host),
      args: ["-m", "perfhint.server", ...serveArgs],
      source: "perfhint.pythonPath",
    };
  }
  for (const folder of host.workspaceFolders) {
    const exe = venvExecutable(folder, "perfhint", host.platform);
    if (host.isExecutable(exe)) {
      return { command: exe, args: serveArgs, source: "the workspace's .venv" };
    }
  }
  return { command: whichOnPath("perfhint", host) ?? "perfhint", args: serveArgs, source: "PATH" };
}

/** True when the command can be started as is (absolute and executable, or found on PATH). */
export function commandExists(cmd: ServerCommand, host: Host): boolean {
  if (path.isAbsolute(cmd.command)) return host.isExecutable(cmd.command);
  return whichOnPath(cmd.command, host) !== undefined;
}
