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

/** The file the trainer picked in a file input, read as text; the input is emptied, so the same file can be picked again. */
export async function pickedFile(event: Event): Promise<{ name: string; text: string } | undefined> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = "";
  return file && { name: file.name, text: await file.text() };
}
