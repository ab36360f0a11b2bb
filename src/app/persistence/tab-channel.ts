/** A message between tabs: which record (module, session) changed, or (no id) that all may have. */
export interface RecordsChanged {
  id?: string;
}

/** Tells other tabs of this app what this tab wrote; calls `onChange` for what they wrote. */
export class TabChannel {
  private readonly channel?: BroadcastChannel;

  /** @param name the channel of one kind of record ("sourcebook-modules", "sourcebook-sessions"). */
  constructor(name: string, onChange: (message: RecordsChanged) => void) {
    // Older browsers without BroadcastChannel still have the revision check when writing.
    if (typeof BroadcastChannel === "undefined") return;
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event: MessageEvent<RecordsChanged>) => onChange(event.data ?? {});
  }

  post(message: RecordsChanged): void {
    this.channel?.postMessage(message);
  }

  close(): void {
    this.channel?.close();
  }
}

/** Asks the browser not to evict the trainer's modules under storage pressure; true when granted. */
export async function askPersistentStorage(): Promise<boolean | undefined> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage?.persist) return undefined;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}
