import { msg, str } from "@lit/localize";
import type { ContentError } from "../../core/files/yaml-file.ts";

/** What the trainer is told about the last save of a module or session. */
export type SaveState =
  | { status: "saved"; at?: string }
  | { status: "saving" }
  /** The write failed; the last good copy is kept and the message says why. */
  | { status: "error"; message: string }
  /** Another tab saved this in the meantime; nothing was overwritten. */
  | { status: "conflict"; message: string };

/** What is being saved, as the messages name it. */
export type Noun = "module" | "session";

/** The first words of every message here that already says what was kept ("Not saved…") or that another tab saved first. */
const notSavedWords = () => [
  "not saved",
  msg("Not saved", { id: "save.not-saved", desc: "The first words of every “Not saved: …” message." }).toLowerCase(),
];
const anotherTabWords = () => [
  "another tab",
  msg("Another tab", { id: "save.another-tab", desc: "The first words of every “Another tab saved …” message." }).toLowerCase(),
];
const startsWithAny = (text: string, words: string[]) => words.some((w) => text.toLowerCase().startsWith(w));

/** The save state in words, for the module editor and the session builder alike. */
export function saveStateText(state: SaveState): string {
  switch (state.status) {
    case "saved":
      return msg("All changes saved");
    case "saving":
      return msg("Saving…");
    case "error": {
      // The stores' own messages already say what was kept; others get it said.
      if (startsWithAny(state.message, notSavedWords())) return state.message;
      const why = state.message.replace(/\.?$/, ".");
      return msg(str`Couldn't save: ${why} Your last saved copy is kept.`);
    }
    case "conflict":
      return startsWithAny(state.message, anotherTabWords()) ? state.message : msg(str`Another tab saved first: ${state.message}`);
  }
}

/** What is left to the trainer when the browser will not keep their version, as a sentence. */
function exportToKeep(noun: Noun): string {
  return noun === "module" ? msg("Export the module to keep it as a file.") : msg("Export the session file to keep it.");
}

/** What the trainer is told when a write fails: why, and that nothing saved before is lost. */
export function writeFailedMessage(noun: Noun, error: unknown): string {
  const why = whyNotWritten(error);
  return noun === "module"
    ? msg(
        str`Not saved: ${why}. The last saved copy is kept, and your changes are still here: free some space and edit again to retry, or export the module to keep it as a file.`,
      )
    : msg(
        str`Not saved: ${why}. The last saved copy is kept, and your changes are still here: free some space and edit again to retry, or export the session file to keep it.`,
      );
}

/** A write failed and the journal has no room either: the changes exist only on this page. */
export function nothingKeptMessage(noun: Noun, error: unknown): string {
  const why = whyNotWritten(error);
  return noun === "module"
    ? msg(
        str`Not saved: ${why}, and your changes could not be kept for the next visit either. Don't close or reload this page: free some space and edit again to retry, or export the module to keep it as a file.`,
      )
    : msg(
        str`Not saved: ${why}, and your changes could not be kept for the next visit either. Don't close or reload this page: free some space and edit again to retry, or export the session file to keep it.`,
      );
}

function whyNotWritten(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "QuotaExceededError") return msg("the browser's storage for this site is full");
  if (name === "InvalidStateError" || name === "UnknownError") return msg("the browser's storage could not be written");
  const detail = messageOf(error);
  return msg(str`the browser's storage refused the change (${detail})`);
}

/** A version that is not valid yet is kept on screen but not written. */
export function notSavedMessage(noun: Noun, error: ContentError): string {
  const problem = `${error.field ? `${error.field}: ` : ""}${error.problem}`;
  return noun === "module"
    ? msg(str`Not saved yet: ${problem}. Fix this and the module is saved; the last saved copy is kept.`)
    : msg(str`Not saved yet: ${problem}. Fix this and the session is saved; the last saved copy is kept.`);
}

/** Why nothing can be stored at all: the browser would not open the database. */
export function storageUnavailable(noun: Noun, reason: string): string {
  const why = reason || msg("storage is not available");
  return noun === "module"
    ? msg(str`this browser does not let Sourcebook store modules (${why})`)
    : msg(str`this browser does not let Sourcebook store sessions (${why})`);
}

export function noStorageMessage(noun: Noun, reason: string): string {
  const why = storageUnavailable(noun, reason);
  const keep = exportToKeep(noun);
  return msg(str`Not saved: ${why}. ${keep}`);
}

/** Another tab saved first; this tab's version went into a new module or session. */
export function conflictMessage(noun: Noun, copyTitle: string): string {
  return noun === "module"
    ? msg(
        str`Another tab saved this module while you were editing it here. Nothing was overwritten: your version is kept as a new module, "${copyTitle}", and this is now the other tab's version.`,
      )
    : msg(
        str`Another tab saved this session while you were editing it here. Nothing was overwritten: your version is kept as a new session, "${copyTitle}", and this is now the other tab's version.`,
      );
}

/** Another tab saved first, and this tab's version could not be kept as a copy either. */
export function copyFailedMessage(noun: Noun, error: unknown): string {
  const why = messageOf(error);
  const keep = exportToKeep(noun);
  return noun === "module"
    ? msg(str`Another tab saved this module meanwhile, and your version could not be kept as a copy: ${why}. ${keep}`)
    : msg(str`Another tab saved this session meanwhile, and your version could not be kept as a copy: ${why}. ${keep}`);
}

export function deleteFailedMessage(title: string, error: unknown): string {
  const why = messageOf(error);
  return msg(str`Could not delete "${title}": ${why}. Nothing was changed.`);
}

export function nothingToUndoMessage(noun: Noun): string {
  return noun === "module"
    ? msg("There is nothing to undo: that module is no longer in the trash.")
    : msg("There is nothing to undo: that session is no longer in the trash.");
}

export function importTakenMessage(fileName: string, noun: Noun, id: string): string {
  return noun === "module"
    ? msg(str`${fileName}: a module "${id}" was just made in another tab. Nothing was imported.`)
    : msg(str`${fileName}: a session "${id}" was just made in another tab. Nothing was imported.`);
}

export function importFailedMessage(fileName: string, error: unknown): string {
  const why = messageOf(error);
  return msg(str`${fileName}: could not be stored in this browser: ${why}. Nothing was imported.`);
}

export function messageOf(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message || error.name : String(error);
}

/** An imported file whose id is taken by a module with other content: where, and how to resolve it. */
export function importClashMessage(fileName: string, idLine: number, id: string, title: string, own: boolean): string {
  return own
    ? msg(
        str`${fileName}:${idLine}: id: your library already has a module "${id}" ("${title}") with different content. Change the id in the file to import it as a new module, or delete that module first. Nothing was imported.`,
      )
    : msg(
        str`${fileName}:${idLine}: id: a shipped module has the id "${id}" ("${title}") with different content. Change the id in the file to import it as your own module. Nothing was imported.`,
      );
}
