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

/** Offers text to the trainer as a file download. */
export function downloadText(fileName: string, text: string, type = "text/markdown"): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
