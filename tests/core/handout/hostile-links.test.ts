import { expect, test } from "vitest";
import { buildHandout, EDITIONS } from "../../../src/core/handout/build-handout.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { assembleSession } from "../../../src/core/sessions/assemble-session.ts";
import { renderPdf } from "../../../src/cli/render-pdf.ts";
import { sources, template } from "./fixtures.ts";

// Issue 11, F16: only http(s) addresses become PDF link annotations, whatever reaches the builder.
const BODY = `## Links

:::excerpt un-hrc-25-48-add1 "para. 75"
Children are interrogated by police officers and give their statements in the same way
as adults, in public areas of police stations […]
:::

Read [the web page](https://example.org/page), not [this](javascript:alert(1)), [that](JaVaScRiPt:alert(2)),
[data](data:text/html,hi) or [vb](vbscript:msgbox(1)).
`;

test("a PDF holds a link annotation for a web address only: no /URI (javascript:, data: or vbscript:), in any edition", async () => {
  const text = `---\nid: links\ntitle: Links\nsummary: S.\nobjectives:\n  - O\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nreview: {status: draft}\n---\n${BODY}`;
  const parsed = parseModule(text, "modules/links.md");
  expect(parsed.errors).toEqual([]);
  const module = parsed.module!;
  // A catalog URL the schema would refuse, given to the builder anyway; and a web address, to show links are still made.
  const withUrl = (url: string) => sources.map((s) => (s.entry.id === "un-hrc-25-48-add1" ? { ...s, entry: { ...s.entry, url } } : s));
  const session = assembleSession(
    {
      title: "Links",
      audience: "police",
      date: "2026-12-08",
      start: "09:00",
      length: 60,
      place: "Osh",
      trainer: "A. Trainer",
      organisation: "Test Org",
      agenda: [{ module: "links", minutes: 30 }],
    },
    new Map([["links", module]]),
    "test",
  );
  const print = async (url: string) =>
    Promise.all(
      EDITIONS.map(async (edition) =>
        Buffer.from(await renderPdf(buildHandout({ session, template: template(), edition, sources: withUrl(url) }).definition)).toString(
          "latin1",
        ),
      ),
    );
  for (const bytes of await print("javascript:alert(3)")) expect(bytes).not.toMatch(/\/URI\s*\(\s*(javascript|data|vbscript):/i);
  expect((await print("https://example.org/report")).some((bytes) => bytes.includes("/URI (https://example.org/report)"))).toBe(true);
});
