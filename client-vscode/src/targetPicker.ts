// The "perfhint: Select Hardware Target" flow, with the editor behind small injected functions.
import { parseProfiles, targetItems, type TargetItem } from "./targets";

export interface PickerDeps {
  /** Ask the server (`perfhint.listProfiles`). */
  listProfiles(): Promise<unknown>;
  /** Show the QuickPick; undefined when the user dismisses it. */
  pick(items: TargetItem[], placeHolder: string): Promise<TargetItem | undefined>;
  /** Tell the server (`perfhint.setProfile`); it re-predicts every open document. */
  setProfile(id: string): Promise<unknown>;
  /** Remember the choice (status bar, the `perfhint.profile` setting). */
  remember(id: string): Promise<void>;
  showError(message: string): void;
}

/** Returns the chosen profile id, or undefined when nothing changed. */
export async function selectHardwareTarget(deps: PickerDeps, current: string): Promise<string | undefined> {
  let profiles;
  try {
    profiles = parseProfiles(await deps.listProfiles());
  } catch (e) {
    deps.showError(`perfhint: could not list hardware targets: ${errorText(e)}`);
    return undefined;
  }
  if (profiles.length === 0) {
    deps.showError("perfhint: the loaded model knows no hardware targets.");
    return undefined;
  }
  const chosen = await deps.pick(targetItems(profiles, current), `Hardware target (now: ${current})`);
  if (!chosen) return undefined;
  try {
    await deps.setProfile(chosen.profileId);
  } catch (e) {
    deps.showError(`perfhint: could not switch to ${chosen.profileId}: ${errorText(e)}`);
    return undefined;
  }
  await deps.remember(chosen.profileId);
  return chosen.profileId;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
