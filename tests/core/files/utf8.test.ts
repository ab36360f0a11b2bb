import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ContentError } from "../../../src/core/files/yaml-file.ts";
import { decodeUtf8Strict, firstInvalidByte } from "../../../src/core/files/utf8.ts";
import { runs } from "../../property-runs.ts";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

/** The error decodeUtf8Strict throws, or undefined. */
function refusal(data: Uint8Array, file = "modules/x.md"): ContentError | undefined {
  try {
    decodeUtf8Strict(data, file);
    return undefined;
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
}

describe("decodeUtf8Strict", () => {
  test("UTF-8 text comes back as it is (Cyrillic, Kyrgyz, emoji), without a byte-order mark", () => {
    expect(decodeUtf8Strict(bytes("Таис ңөү 👧\n"), "a.md")).toBe("Таис ңөү 👧\n");
    expect(decodeUtf8Strict(bytes([0xef, 0xbb, 0xbf], "id: x"), "a.yaml")).toBe("id: x");
  });

  test("a bad byte is named with the file, its line and its offset, in one sentence", () => {
    const data = bytes("---\nid: x\ntitle: caf", [0xe9], "\n---\n");
    const error = refusal(data)!;
    expect(error.message).toBe("modules/x.md:3: invalid UTF-8 at byte 20; save the file as UTF-8");
    expect(data[20]).toBe(0xe9);
  });

  test("every malformed form is refused: a stray continuation, overlong, a surrogate, past U+10FFFF, cut short", () => {
    for (const bad of [
      [0x80],
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80],
      [0xe2, 0x82],
    ]) {
      const data = bytes("ok\nok ", bad, " end");
      expect(refusal(data)?.message, JSON.stringify(bad)).toBe("modules/x.md:2: invalid UTF-8 at byte 6; save the file as UTF-8");
    }
  });

  test("the offset found is where TextDecoder first fails, for any bytes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          fc.string({ unit: "binary", maxLength: 12 }).map((s) => new TextEncoder().encode(s)),
        ),
        (data) => {
          const decodable = (() => {
            try {
              new TextDecoder("utf-8", { fatal: true }).decode(data);
              return true;
            } catch {
              return false;
            }
          })();
          const at = firstInvalidByte(data);
          expect(at === data.length).toBe(decodable);
          // Everything before the bad byte decodes; the sequence starting there does not.
          if (!decodable) expect(() => new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(0, at))).not.toThrow();
        },
      ),
      runs(300),
    );
  });

  test("every shipped module, session, template and the catalog is UTF-8", () => {
    const root = join(import.meta.dirname, "../../..");
    const files = [
      ...["modules", "templates/sessions", "templates/audiences", "templates/handouts"].flatMap((dir) =>
        readdirSync(join(root, dir))
          .filter((f) => /\.(md|yaml)$/.test(f))
          .map((f) => `${dir}/${f}`),
      ),
      "sources/catalog.yaml",
    ];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) expect(() => decodeUtf8Strict(readFileSync(join(root, file)), file)).not.toThrow();
  });
});
