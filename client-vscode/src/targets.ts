// Hardware targets (the server's profiles) as QuickPick items and status-bar text. vscode-free.

/** One entry of the server's `perfhint.listProfiles` answer. */
export interface ProfileInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly targets: readonly string[];
}

export interface TargetItem {
  label: string;
  description: string;
  detail: string;
  picked: boolean;
  profileId: string;
}

/** Validate the server's answer; drop malformed entries instead of failing the whole list. */
export function parseProfiles(raw: unknown): ProfileInfo[] {
  if (!Array.isArray(raw)) return [];
  const out: ProfileInfo[] = [];
  for (const p of raw) {
    if (!p || typeof p !== "object" || typeof (p as { id?: unknown }).id !== "string") continue;
    const r = p as Record<string, unknown>;
    out.push({
      id: r.id as string,
      name: typeof r.name === "string" ? r.name : (r.id as string),
      kind: typeof r.kind === "string" ? r.kind : "",
      targets: Array.isArray(r.targets) ? r.targets.filter((t): t is string => typeof t === "string") : [],
    });
  }
  return out;
}

/** QuickPick items: the current target first, then by kind and id. */
export function targetItems(profiles: readonly ProfileInfo[], current: string): TargetItem[] {
  const sorted = [...profiles].sort((a, b) => {
    if (a.id === current) return -1;
    if (b.id === current) return 1;
    return a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id);
  });
  return sorted.map((p) => ({
    label: p.id === current ? `$(check) ${p.id}` : p.id,
    description: [p.kind, p.name].filter(Boolean).join(" · "),
    detail: p.targets.length ? `predicts ${p.targets.join(", ")}` : "",
    picked: p.id === current,
    profileId: p.id,
  }));
}

export type ServerState = "starting" | "running" | "switching" | "stopped" | "failed" | "disabled";

export interface StatusView {
  text: string;
  tooltip: string;
}

export function statusView(profile: string, state: ServerState, detail = ""): StatusView {
  switch (state) {
    case "running":
      return { text: `$(pulse) perfhint: ${profile}`, tooltip: `perfhint predicts for ${profile}. Click to select the hardware target.` };
    case "switching":
      return { text: `$(sync~spin) perfhint: ${profile}`, tooltip: `perfhint: re-predicting the open files for ${profile}…` };
    case "starting":
      return { text: `$(sync~spin) perfhint: ${profile}`, tooltip: "perfhint: starting the language server…" };
    case "failed":
      return { text: "$(error) perfhint", tooltip: `perfhint: the language server is not running. ${detail}`.trim() };
    case "disabled":
      return { text: "$(circle-slash) perfhint", tooltip: 'perfhint is disabled ("perfhint.enable").' };
    default:
      return { text: `$(debug-stop) perfhint: ${profile}`, tooltip: "perfhint: the language server is stopped." };
  }
}
