/**
 * The cautions of every shipped excerpt, by kind and by module:
 *   npx tsx tests/core/citations/caution-counts.ts [--messages]
 * What `sourcebook verify --strict` is to list; until it does, the counts come from here.
 */
import { CAUTION_KINDS, type CautionKind } from "../../../src/core/citations/cautions.ts";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { library, source } from "../library.ts";
import { shippedExcerpts } from "./shipped-excerpts.ts";

const showMessages = process.argv.includes("--messages");
const byModule = new Map<string, Record<CautionKind, number>>();
let verified = 0;
const excerpts = shippedExcerpts();
for (const { where, moduleId, excerpt } of excerpts) {
  const v = verifyQuote(source(excerpt.sourceId), excerpt.quote, { locator: excerpt.locator, library: library() });
  if (v.status !== "verified") {
    console.log(`✘ ${where} ${excerpt.sourceId} "${excerpt.locator}": ${v.message}`);
    continue;
  }
  verified++;
  const counts = byModule.get(moduleId) ?? (Object.fromEntries(CAUTION_KINDS.map((k) => [k, 0])) as Record<CautionKind, number>);
  byModule.set(moduleId, counts);
  for (const c of v.cautions) {
    counts[c.kind]++;
    if (showMessages) console.log(`${where} ${excerpt.sourceId} "${excerpt.locator}": ${c.kind}: ${c.message}`);
  }
}

const rows = [...byModule].map(([id, counts]) => [id, ...CAUTION_KINDS.map((k) => counts[k])] as const);
const totals = CAUTION_KINDS.map((_, i) => rows.reduce((n, r) => n + (r[i + 1] as number), 0));
const width = Math.max(...rows.map((r) => r[0].length), "module".length);
console.log(`\n${"module".padEnd(width)}  ${CAUTION_KINDS.map((k) => k.padStart(14)).join("")}`);
for (const [id, ...counts] of rows) console.log(`${id.padEnd(width)}  ${counts.map((n) => String(n).padStart(14)).join("")}`);
console.log(`${"all".padEnd(width)}  ${totals.map((n) => String(n).padStart(14)).join("")}`);
const rejected = excerpts.length - verified;
console.log(
  `\n${verified} of ${excerpts.length} excerpts verified${rejected > 0 ? ` (${rejected} rejected)` : ""}; ${totals.reduce((a, b) => a + b, 0)} cautions.`,
);
