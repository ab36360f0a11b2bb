const realPut = IDBObjectStore.prototype.put;

/** Makes every IndexedDB put of this tab fail as a full disk does, until switched off; it lasts across reloads of the tab, as a full disk would. */
export function failWrites(on: boolean): void {
  if (on) sessionStorage.setItem("sb-fail-writes", "1");
  else sessionStorage.removeItem("sb-fail-writes");
  IDBObjectStore.prototype.put = on
    ? function put(): IDBRequest<IDBValidKey> {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
    : realPut;
}
if (sessionStorage.getItem("sb-fail-writes")) failWrites(true);
