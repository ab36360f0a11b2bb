import { lstatSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { shownPath } from "./format.ts";
import { UsageError } from "./usage-error.ts";

/** How many links a path may pass through, as Linux allows. */
const MAX_LINKS = 40;

/**
 * Where a path really lands: every symbolic link followed, the parent folders included, and a
 * link to a file that does not exist yet followed too; the part that does not exist is kept as
 * given. A write to the result lands where a write to the path would.
 */
export function realPathOf(path: string, links = 0): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ELOOP") throw new UsageError(`${shownPath(absolute)} is a loop of symbolic links.`);
  }
  let link: string | undefined;
  try {
    if (lstatSync(absolute).isSymbolicLink()) link = readlinkSync(absolute);
  } catch {
    // Not there at all: its parent decides where it would land.
  }
  if (link !== undefined) {
    if (links >= MAX_LINKS) throw new UsageError(`${shownPath(absolute)} is a loop of symbolic links.`);
    return realPathOf(resolve(dirname(absolute), link), links + 1);
  }
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPathOf(parent, links), basename(absolute));
}

/** Whether `path` is `folder` or inside it (both real paths). */
export function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** A file's stats, following links, or undefined when there is nothing there. */
export function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
