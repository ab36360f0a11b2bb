/** An error from the operating system, with its code (ENOSPC, EACCES …). */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return (
    e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && /^E[A-Z0-9]+$/.test((e as NodeJS.ErrnoException).code!)
  );
}

/** What a system error code means, in words. */
const MEANING: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EISDIR: "it is a folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  ENOENT: "no such file or folder",
  ELOOP: "a loop of symbolic links",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many open files",
  EIO: "an input/output error",
};

/** What a system error means, in words ("permission denied"), or its code when it has no words here. */
export function meaningOf(e: NodeJS.ErrnoException): string {
  return MEANING[e.code ?? ""] ?? e.code ?? e.message;
}

/** One sentence for a write of `shown` that failed; the caller knows nothing reached the target. */
export function writeFailure(e: NodeJS.ErrnoException, shown: string): string {
  switch (e.code) {
    case "ENOSPC":
    case "EDQUOT":
      return `${MEANING[e.code]} while writing ${shown}; nothing was written.`;
    case "EROFS":
    case "EACCES":
    case "EPERM":
      return `${shown} cannot be written (${MEANING[e.code]}); nothing was written.`;
    case "EISDIR":
      return `${shown} is a folder; give a file name.`;
    default:
      return `${shown} could not be written (${meaningOf(e)}); nothing was written.`;
  }
}

/** One sentence for any other system error: what could not be done to which file, and why. */
export function systemFailure(e: NodeJS.ErrnoException, shown: (path: string) => string): string {
  const what = e.path ? shown(e.path) : "a file";
  return `${what} could not be ${e.syscall === "open" || e.syscall === "read" ? "read" : "used"} (${meaningOf(e)}).`;
}
