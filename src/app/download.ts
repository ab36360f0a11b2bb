/** Offers text to the trainer as a file download. */
export function downloadText(fileName: string, text: string, type = "text/markdown"): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the object URL can go once the event loop has run.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads a file the trainer picked. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
