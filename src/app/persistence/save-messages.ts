import type { ContentError } from "../../core/library/yaml-file.ts";

/** What the trainer is told when a write fails: why, and that nothing saved before is lost. */
export function writeFailedMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  const why =
    name === "QuotaExceededError"
      ? "the browser's storage for this site is full"
      : name === "InvalidStateError" || name === "UnknownError"
        ? "the browser's storage could not be written"
        : `the browser's storage refused the change (${messageOf(error)})`;
  return (
    `Not saved: ${why}. The last saved copy is kept, and your changes are still here: ` +
    "free some space and edit again to retry, or export the module to keep it as a file."
  );
}

/** A module that is not a valid module file yet is kept on screen but not written. */
export function notSavedMessage(error: ContentError): string {
  return `Not saved yet: ${error.field ? `${error.field}: ` : ""}${error.problem}. Fix this and the module is saved; the last saved copy is kept.`;
}

export function noStorageMessage(reason: string): string {
  return `Not saved: this browser does not let Sourcebook store modules (${reason}). Export the module to keep it as a file.`;
}

/** Another tab saved the module first; this tab's version went into a new module. */
export function conflictMessage(copyTitle: string): string {
  return (
    `Another tab saved this module while you were editing it here. Nothing was overwritten: ` +
    `your version is kept as a new module, "${copyTitle}", and this is now the other tab's version.`
  );
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
