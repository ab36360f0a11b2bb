import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decodeUtf8Strict, firstInvalidByte } from "../../../src/core/files/utf8.ts";
import { runs } from "../../property-runs.ts";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));
const strictlyValid = (b: Uint8Array) => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

describe("decodeUtf8Strict", () => {
  test("decodes valid text as reading it as utf8 does, Cyrillic, Kyrgyz and a byte-order mark included", () => {
    const text = "\ufeff---\ntitle: Балага өзүңүздү ң ө ү 𝄞\n";
    expect(decodeUtf8Strict(Buffer.from(text, "utf8"), "modules/a.md")).toBe(text);
  });

  test("names the file, the line and the byte offset of the first bad byte", () => {
    // "Café" saved as Latin-1 on line 3.
    const latin1 = bytes("---\nid: a\nCaf", [0xe9], " au lait\n");
    expect(() => decodeUtf8Strict(latin1, "modules/a.md")).toThrow(
      "modules/a.md:3: is not valid UTF-8: byte 13 (0xE9) starts no character; save the file as UTF-8",
    );
  });

  test.each([
    ["a lone continuation byte", bytes("ab", [0x80]), 2],
    ["an overlong slash", bytes("a", [0xc0, 0xaf]), 1],
    ["a surrogate", bytes("a", [0xed, 0xa0, 0x80]), 1],
    ["past U+10FFFF", bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ["a sequence cut short at the end", bytes("ok ", [0xe2, 0x82]), 3],
    ["a sequence cut short by ASCII", bytes([0xd0, 0x41]), 0],
  ])("finds %s", (_, b, at) => {
    expect(firstInvalidByte(b)).toBe(at);
  });

  test("agrees with the platform's strict decoder on any bytes, and everything before the bad byte decodes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }), (noise, text) => {
        const b = Buffer.concat([Buffer.from(text, "utf8"), noise]);
        const bad = firstInvalidByte(b);
        expect(bad === -1).toBe(strictlyValid(b));
        if (bad !== -1) expect(strictlyValid(b.subarray(0, bad))).toBe(true);
      }),
      runs(200),
    );
  });
});
