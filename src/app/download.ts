import { ContentError } from "../core/files/content-error.ts";
import { decodeUtf8Strict } from "../core/files/utf8.ts";
import { messageOf } from "./persistence/save-messages.ts";

/** Offers text to the trainer as a file download. */
export function downloadText(fileName: string, text: string, type = "text/markdown"): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Offers a file (a module, a session, a PDF) to the trainer as a download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; a large file gets a moment before its URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reads the file the trainer picked, strictly as UTF-8, and hands its text to `use`, which says what
 * became of it. Whatever goes wrong (not UTF-8, an error nobody expected) is said as
 * `<refused>: <file>: <why>`, so the status always speaks of this file. The input is emptied, so the
 * same file can be picked again. Undefined when nothing was picked.
 */
export async function withPickedFile(
  event: Event,
  refused: string,
  use: (name: string, text: string) => Promise<string>,
): Promise<string | undefined> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = "";
  if (!file) return undefined;
  try {
    return await use(file.name, decodeUtf8Strict(new Uint8Array(await file.arrayBuffer()), file.name));
  } catch (error) {
    return `${refused}: ${error instanceof ContentError ? error.message : `${file.name}: ${messageOf(error)}`}`;
  }
}
