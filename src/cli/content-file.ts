import { readFileSync } from "node:fs";
import { decodeUtf8Strict } from "../core/files/utf8.ts";

/**
 * A module, session, template or catalog file as text. A file that is not UTF-8 throws a
 * ContentError naming `name`, the line and the byte, instead of being read with U+FFFD in it.
 */
export function readContentFile(path: string, name: string): string {
  return decodeUtf8Strict(readFileSync(path), name);
}
