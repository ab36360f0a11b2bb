/** The channel on which tabs of the app tell each other that modules changed. */
export const TAB_CHANNEL = "sourcebook-modules";

/** A message between tabs: which module changed, or (no id) that all may have. */
export interface ModulesChanged {
  id?: string;
}

/** Tells other tabs of this app what this tab wrote; calls `onChange` for what they wrote. */
export class TabChannel {
  private readonly channel?: BroadcastChannel;

  constructor(onChange: (message: ModulesChanged) => void, name = TAB_CHANNEL) {
    // Older browsers without BroadcastChannel still have the revision check when writing.
    if (typeof BroadcastChannel === "undefined") return;
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (event: MessageEvent<ModulesChanged>) => onChange(event.data ?? {});
  }

  post(message: ModulesChanged): void {
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
