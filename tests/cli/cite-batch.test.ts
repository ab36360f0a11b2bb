import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sourcebook } from "./run-cli.ts";

const GENUINE = "as many as 20 per cent of prostitutes working in Bishkek are minors";
const ALTERED = GENUINE.replace("20", "30");
const TIP = "Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution";
const PARA_75 =
  "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations";

const line = (request: object) => JSON.stringify(request);
const parse = (stdout: string) =>
  stdout
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, unknown>);

function batchFile(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), "sourcebook-batch-")), "quotes.jsonl");
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

describe("sourcebook cite --batch", () => {
  test("one verdict per line, in input order, each the same object `cite --json` prints", () => {
    const requests = [
      { source: "un-hrc-25-48-add1", quote: GENUINE },
      { source: "un-hrc-25-48-add1", quote: ALTERED },
      { source: "un-hrc-25-48-add1", quote: PARA_75, locator: "para. 74" },
      { source: "un-hrc-25-48-add1", quote: TIP },
      { source: "us-tip-2016-kg", quote: TIP, locator: "Protection ¶2" },
    ];
    const r = sourcebook(["cite", "--batch", batchFile(requests.map(line))]);
    expect(r.code).toBe(1);
    const out = parse(r.stdout);
    expect(out.map((o) => [o.quote, o.status, o.reason])).toEqual([
      [GENUINE, "verified", undefined],
      [ALTERED, "rejected", "altered"],
      [PARA_75, "rejected", "wrong-locator"],
      [TIP, "rejected", "not-found"],
      [TIP, "verified", undefined],
    ]);
    // Every answer lists its cautions (the TIP report gives the bribes to the 2013 UN report; para. 14's estimate is the NGOs').
    expect(out.map((o) => (o.cautions as { kind: string }[]).map((c) => c.kind))).toEqual([["attribution"], [], [], [], ["attribution"]]);
    requests.forEach((q, i) => {
      const single = sourcebook(["cite", q.source, q.quote, "--json", ...(q.locator ? ["--locator", q.locator] : [])]);
      expect(out[i]).toEqual(JSON.parse(single.stdout));
    });
  });

  test("a bad line gives one error line with its number, and the run goes on", () => {
    const r = sourcebook([
      "cite",
      "--batch",
      batchFile([
        "not json",
        line({ quote: GENUINE }),
        line({ source: "un-hrc-25-48-add1" }),
        line({ source: "no-such-source", quote: GENUINE }),
        line({ source: "un-hrc-25-48-add1", quote: "  " }),
        line({ source: "un-hrc-25-48-add1", quote: "…" }),
        line({ source: "un-hrc-25-48-add1", quote: GENUINE, locator: 14 }),
        line(["un-hrc-25-48-add1", GENUINE]),
        "",
        line({ source: "un-hrc-25-48-add1", quote: GENUINE }),
      ]),
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = parse(r.stdout);
    expect(out).toHaveLength(10);
    expect(out.slice(0, 9)).toEqual([
      { line: 1, error: expect.stringMatching(/^not JSON \(.*\); expected \{"source"/) },
      { line: 2, error: expect.stringMatching(/^"source" is missing/) },
      { line: 3, error: expect.stringMatching(/^"quote" is missing/) },
      { line: 4, error: expect.stringMatching(/^Unknown source "no-such-source"\. Known sources: /) },
      { line: 5, error: "The quote is empty: give the words to check." },
      { line: 6, error: expect.stringMatching(/only punctuation/) },
      { line: 7, error: expect.stringMatching(/^"locator" must be text/) },
      { line: 8, error: expect.stringMatching(/^not an object/) },
      { line: 9, error: expect.stringMatching(/^the line is empty/) },
    ]);
    expect(out[9]).toMatchObject({ status: "verified", locator: "para. 14" });
  });

  test("reads standard input with -, and exits 0 when every line verified", () => {
    const input = [line({ source: "un-hrc-25-48-add1", quote: GENUINE }), line({ source: "us-tip-2016-kg", quote: TIP })].join("\r\n");
    const r = sourcebook(["cite", "--batch", "-"], { input });
    expect(r.code).toBe(0);
    expect(parse(r.stdout).map((o) => o.locator)).toEqual(["para. 14", "Protection ¶2"]);
  });

  test("a large batch, shared among threads, still answers every line in input order", () => {
    // Three kinds of line in turn, over more blocks than there are threads.
    const kinds = [line({ source: "un-hrc-25-48-add1", quote: GENUINE }), line({ source: "us-tip-2016-kg", quote: GENUINE }), "{"];
    const lines = Array.from({ length: 3001 }, (_, i) => kinds[i % 3]!);
    const r = sourcebook(["cite", "--batch", batchFile(lines)]);
    expect(r.code).toBe(1);
    const out = parse(r.stdout);
    expect(out).toHaveLength(3001);
    out.forEach((o, i) => {
      if (i % 3 === 0) expect(o).toMatchObject({ status: "verified", locator: "para. 14" });
      if (i % 3 === 1)
        expect(o).toMatchObject({
          status: "rejected",
          sourceId: "us-tip-2016-kg",
          elsewhere: [{ sourceId: "un-hrc-25-48-add1", locator: "para. 14" }],
        });
      if (i % 3 === 2) expect(o).toEqual({ line: i + 1, error: expect.stringMatching(/^not JSON/) });
    });
  });

  test.each([
    [["cite", "--batch", "/no/such/quotes.jsonl"], /^sourcebook: No such file: \/no\/such\/quotes\.jsonl/],
    [["cite", "--batch"], /^sourcebook: --batch needs a value, e.g. --batch quotes\.jsonl\.$/],
    [["cite", "--batch", "-", "un-hrc-25-48-add1"], /one argument too many/],
  ])("a usage error exits 2 with nothing on standard output: %j", (args, message) => {
    const r = sourcebook(args, { input: "" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toMatch(message);
  });
});
