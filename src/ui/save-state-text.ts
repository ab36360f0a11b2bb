import type { SaveState } from "../app/module-store-api.ts";

/** A module's save state in words for the trainer (the editor's header, a review decision). */
export function saveStateText(state: SaveState): string {
  switch (state.status) {
    case "saved":
      return "Saved";
    case "saving":
      return "Saving…";
    case "error":
      // The store's own messages already say what was kept; others get it said.
      return /^not saved/i.test(state.message)
        ? state.message
        : `Couldn't save: ${state.message.replace(/\.?$/, ".")} Your last saved copy is kept.`;
    case "conflict":
      return /^another tab/i.test(state.message) ? state.message : `Another tab changed this module; ${state.message}`;
  }
}
