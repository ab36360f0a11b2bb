/** Bad arguments, unknown source, unreadable input: exit 2 with one clear sentence. */
export class UsageError extends Error {}
