// Why the server did not start, and what the user can do about it. vscode-free.
import type { ServerCommand } from "./serverCommand";

export interface Failure {
  /** One line for the notification. */
  readonly message: string;
  /** The fix, as an instruction. */
  readonly fix: string;
  /** Which button to offer first. */
  readonly action: "openSettings" | "showOutput";
}

export interface FailureEvidence {
  readonly command: ServerCommand;
  /** The command is not there (spawn ENOENT/EACCES or a failed existence check). */
  readonly missing: boolean;
  /** The last lines the server wrote to stderr. */
  readonly stderrTail: string;
  readonly exitCode?: number | null;
}

const SETTINGS_FIX =
  'Set "perfhint.serverPath" to the perfhint executable (e.g. /path/to/project/.venv/bin/perfhint) or "perfhint.pythonPath" to a Python that has perfhint installed.';

export function diagnoseStartFailure(e: FailureEvidence): Failure {
  const shown = [e.command.command, ...e.command.args].join(" ");
  const err = e.stderrTail;
  if (e.missing) {
    return {
      message: `perfhint: cannot start the language server: \`${e.command.command}\` (from ${e.command.source}) was not found.`,
      fix: `Install it (\`make demo\` in the perfhint repo, or \`pip install perfhint\`), then: ${SETTINGS_FIX}`,
      action: "openSettings",
    };
  }
  if (/No module named ['"]?perfhint|ModuleNotFoundError: No module named/.test(err)) {
    const mod = /No module named ['"]?([\w.]+)/.exec(err)?.[1] ?? "perfhint";
    return {
      message: `perfhint: \`${shown}\` failed: Python module \`${mod}\` is missing.`,
      fix: `Install perfhint and its dependencies into that interpreter (\`pip install -e .\` in the perfhint repo), or: ${SETTINGS_FIX}`,
      action: "openSettings",
    };
  }
  if (/CheckpointError|model\.safetensors|config\.json|no (default )?model|checkpoint/i.test(err)) {
    return {
      message: "perfhint: the language server could not load its model.",
      fix: 'Set "perfhint.modelPath" to a checkpoint directory (config.json + model.safetensors), or train one with `perfhint train`.',
      action: "openSettings",
    };
  }
  if (/invalid choice: 'serve'|unrecognized arguments/.test(err)) {
    return {
      message: `perfhint: \`${shown}\` is not a perfhint with a language server.`,
      fix: `Upgrade perfhint, or: ${SETTINGS_FIX}`,
      action: "openSettings",
    };
  }
  const code = e.exitCode === undefined || e.exitCode === null ? "" : ` (exit code ${e.exitCode})`;
  const last = err.trim().split("\n").pop() ?? "";
  return {
    message: `perfhint: the language server stopped${code}${last ? `: ${last}` : "."}`,
    fix: "See the perfhint output channel for the server's log; run `perfhint serve` in a terminal to reproduce.",
    action: "showOutput",
  };
}

/** Keep the last `maxChars` characters of a growing log. */
export function appendTail(tail: string, chunk: string, maxChars = 4000): string {
  const out = tail + chunk;
  return out.length > maxChars ? out.slice(out.length - maxChars) : out;
}

/**
 * Restart after a crash unless the server already crashed `maxCrashes` times within `windowMs`
 * (a server that dies on start-up would otherwise restart for ever). `crashTimesMs` includes
 * the crash being handled.
 */
export function shouldRestart(crashTimesMs: readonly number[], nowMs: number, maxCrashes = 5, windowMs = 180_000): boolean {
  const recent = crashTimesMs.filter((t) => nowMs - t <= windowMs);
  return recent.length < maxCrashes;
}
