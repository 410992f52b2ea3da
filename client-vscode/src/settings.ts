// perfhint's settings as the extension reads them and as the server receives them.
// vscode-free: the extension passes a getter over `workspace.getConfiguration("perfhint")`.
import { activeLanguages } from "./languages";

export const SECTION = "perfhint";
export const DEFAULT_PROFILE = "this-machine";

/** Budgets per target, units in the target's name: {"latency_s": 0.01, "peak_memory_bytes": 1e8}. */
export type Budgets = Record<string, number>;

export interface Settings {
  readonly enable: boolean;
  readonly profile: string;
  /** Budgets per target; applied to every profile unless `budgetsByProfile` names the profile. */
  readonly budgets: Budgets;
  readonly budgetsByProfile: Record<string, Budgets>;
  readonly modelPath: string;
  readonly enabledLanguages: readonly string[];
  readonly disabledLanguages: readonly string[];
  readonly serverPath: string;
  readonly pythonPath: string;
}

/** What the server gets, both as `initializationOptions` and as `settings.perfhint` in didChangeConfiguration. */
export interface ServerSettings {
  profile: string;
  /** Budgets in force for `profile` (per-profile overrides already applied). */
  budgets: Budgets;
  /** Absent when unset, so it never overrides a `--model` on the server's command line. */
  modelPath?: string;
  enabledLanguages: string[];
  disabledLanguages: string[];
}

export type Getter = <T>(key: string) => T | undefined;

function str(v: unknown, fallback = ""): string {
  return typeof v === "string" ? v.trim() : fallback;
}

function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Keep only finite, non-negative numbers: a typo in settings.json must not reach the server. */
export function cleanBudgets(v: unknown): Budgets {
  const out: Budgets = {};
  if (v && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (typeof x === "number" && Number.isFinite(x) && x >= 0) {
        out[k] = x;
      }
    }
  }
  return out;
}

function cleanBudgetsByProfile(v: unknown): Record<string, Budgets> {
  const out: Record<string, Budgets> = {};
  if (v && typeof v === "object" && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      out[k] = cleanBudgets(x);
    }
  }
  return out;
}

export function readSettings(get: Getter): Settings {
  return {
    enable: get<boolean>("enable") !== false,
    profile: str(get("profile")) || DEFAULT_PROFILE,
    budgets: cleanBudgets(get("budgets")),
    budgetsByProfile: cleanBudgetsByProfile(get("budgetsByProfile")),
    modelPath: str(get("modelPath")),
    enabledLanguages: strList(get("enabledLanguages")),
    disabledLanguages: strList(get("disabledLanguages")),
    serverPath: str(get("serverPath")),
    pythonPath: str(get("pythonPath")),
  };
}

/** Budgets in force for a profile: the per-profile entries override the general ones. */
export function budgetsFor(s: Settings, profile: string): Budgets {
  return { ...s.budgets, ...(s.budgetsByProfile[profile] ?? {}) };
}

export function serverSettings(s: Settings, modelPath: string | null = s.modelPath || null): ServerSettings {
  const out: ServerSettings = {
    profile: s.profile,
    budgets: budgetsFor(s, s.profile),
    enabledLanguages: activeLanguages(s.enabledLanguages, s.disabledLanguages),
    disabledLanguages: [...s.disabledLanguages],
  };
  if (modelPath) out.modelPath = modelPath;
  return out;
}

/** Settings whose change needs a new server process (the rest go over didChangeConfiguration). */
export function needsRestart(before: Settings, after: Settings): boolean {
  return (
    before.serverPath !== after.serverPath ||
    before.pythonPath !== after.pythonPath ||
    before.modelPath !== after.modelPath ||
    activeLanguages(before.enabledLanguages, before.disabledLanguages).join() !==
      activeLanguages(after.enabledLanguages, after.disabledLanguages).join()
  );
}
