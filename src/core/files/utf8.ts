import { ContentError } from "./yaml-file.ts";

/**
 * Decodes a content file's bytes as UTF-8, refusing any invalid byte with the file, line and byte
 * offset, so nothing is ever read (or written back) as U+FFFD. A byte-order mark is kept, as
 * reading the file as "utf8" keeps it.
 */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): string {
  const bad = firstInvalidByte(bytes);
  if (bad === -1) return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  let line = 1;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
  throw new ContentError(file, line, undefined, `is not valid UTF-8: byte ${bad} (0x${hex}) starts no character; save the file as UTF-8`);
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = sequenceOf(bytes[i]!);
    if (length === 0 || i + length > bytes.length) return i;
    if (bytes[i + 1]! < low || bytes[i + 1]! > high) return i;
    for (let k = 2; k < length; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return i;
    i += length;
  }
  return -1;
}

/** A lead byte's sequence length and the range of the byte after it (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF). */
function sequenceOf(lead: number): [length: number, low: number, high: number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
