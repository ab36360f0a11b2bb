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

/** The save state in words, for the module editor and the session builder alike. */
export function saveStateText(state: SaveState): string {
  switch (state.status) {
    case "saved":
      return "All changes saved";
    case "saving":
      return "Saving…";
    case "error":
      // The stores' own messages already say what was kept; others get it said.
      return /^not saved/i.test(state.message)
        ? state.message
        : `Couldn't save: ${state.message.replace(/\.?$/, ".")} Your last saved copy is kept.`;
    case "conflict":
      return /^another tab/i.test(state.message) ? state.message : `Another tab saved first: ${state.message}`;
  }
}

/** What is left to the trainer when the browser will not keep their version. */
function exportToKeep(noun: Noun): string {
  return noun === "module" ? "export the module to keep it as a file" : "export the session file to keep it";
}

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}.`;

/** What the trainer is told when a write fails: why, and that nothing saved before is lost. */
export function writeFailedMessage(noun: Noun, error: unknown): string {
  return (
    `Not saved: ${whyNotWritten(error)}. The last saved copy is kept, and your changes are still here: ` +
    `free some space and edit again to retry, or ${exportToKeep(noun)}.`
  );
}

/** A write failed and the journal has no room either: the changes exist only on this page. */
export function nothingKeptMessage(noun: Noun, error: unknown): string {
  return (
    `Not saved: ${whyNotWritten(error)}, and your changes could not be kept for the next visit either. ` +
    `Don't close or reload this page: free some space and edit again to retry, or ${exportToKeep(noun)}.`
  );
}

function whyNotWritten(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  return name === "QuotaExceededError"
    ? "the browser's storage for this site is full"
    : name === "InvalidStateError" || name === "UnknownError"
      ? "the browser's storage could not be written"
      : `the browser's storage refused the change (${messageOf(error)})`;
}

/** A version that is not valid yet is kept on screen but not written. */
export function notSavedMessage(noun: Noun, error: ContentError): string {
  return `Not saved yet: ${error.field ? `${error.field}: ` : ""}${error.problem}. Fix this and the ${noun} is saved; the last saved copy is kept.`;
}

/** Why nothing can be stored at all: the browser would not open the database. */
export function storageUnavailable(noun: Noun, reason: string): string {
  return `this browser does not let Sourcebook store ${noun}s (${reason || "storage is not available"})`;
}

export function noStorageMessage(noun: Noun, reason: string): string {
  return `Not saved: ${storageUnavailable(noun, reason)}. ${sentence(exportToKeep(noun))}`;
}

/** Another tab saved first; this tab's version went into a new module or session. */
export function conflictMessage(noun: Noun, copyTitle: string): string {
  return (
    `Another tab saved this ${noun} while you were editing it here. Nothing was overwritten: ` +
    `your version is kept as a new ${noun}, "${copyTitle}", and this is now the other tab's version.`
  );
}

/** Another tab saved first, and this tab's version could not be kept as a copy either. */
export function copyFailedMessage(noun: Noun, error: unknown): string {
  return `Another tab saved this ${noun} meanwhile, and your version could not be kept as a copy: ${messageOf(error)}. ${sentence(exportToKeep(noun))}`;
}

export function deleteFailedMessage(title: string, error: unknown): string {
  return `Could not delete "${title}": ${messageOf(error)}. Nothing was changed.`;
}

export function nothingToUndoMessage(noun: Noun): string {
  return `There is nothing to undo: that ${noun} is no longer in the trash.`;
}

export function importTakenMessage(fileName: string, noun: Noun, id: string): string {
  return `${fileName}: a ${noun} "${id}" was just made in another tab. Nothing was imported.`;
}

export function importFailedMessage(fileName: string, error: unknown): string {
  return `${fileName}: could not be stored in this browser: ${messageOf(error)}. Nothing was imported.`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.message || error.name : String(error);
}

/** An imported file whose id is taken by a module with other content: where, and how to resolve it. */
export function importClashMessage(fileName: string, idLine: number, id: string, title: string, own: boolean): string {
  const whose = own ? `your library already has a module "${id}" ("${title}")` : `a shipped module has the id "${id}" ("${title}")`;
  const fix = own
    ? "Change the id in the file to import it as a new module, or delete that module first."
    : "Change the id in the file to import it as your own module.";
  return `${fileName}:${idLine}: id: ${whose} with different content. ${fix} Nothing was imported.`;
}
