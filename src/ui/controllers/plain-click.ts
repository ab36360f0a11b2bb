/** A left click without modifier keys: the app may handle it; any other click keeps the browser's meaning (new tab …). */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
