import { ContentError } from "./content-error.ts";

const strict = new TextDecoder("utf-8", { fatal: true });

/**
 * A content file's bytes as text, refusing anything that is not UTF-8 (a replacement character
 * would silently change the file): `modules/x.md:14: invalid UTF-8 at byte 1234; save the file as UTF-8`.
 * A leading byte-order mark is dropped.
 */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new ContentError(file, line, undefined, `invalid UTF-8 at byte ${at}; save the file as UTF-8`);
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (the Encoding Standard's rules). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 2;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // a surrogate
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 3;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < low || next > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += length + 1;
  }
  return bytes.length;
}
