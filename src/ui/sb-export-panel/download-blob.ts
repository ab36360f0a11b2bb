/** Offers a binary file (a PDF) to the trainer as a download. */
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
