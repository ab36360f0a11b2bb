import { CitationInputError, type Verdict } from "../../core/citations/verify.ts";
import type { Source } from "../../core/sources/source.ts";
import { shortCitation } from "../../core/citations/citation.ts";
import { checkQuote } from "../check-quote.ts";
import { clip, diffLine, dim, green, red, yellow } from "../format.ts";
import type { Library } from "../library.ts";
import { UsageError } from "../usage-error.ts";

export interface CiteArgs {
  library: Library;
  sourceId: string;
  quote: string;
  locator?: string;
  json: boolean;
}

/** `sourcebook cite`: exit 0 verified, 1 rejected. */
export function cite(args: CiteArgs): number {
  const source = args.library.source(args.sourceId);
  let verdict: Verdict;
  try {
    verdict = checkQuote(args.library, source, args.quote, args.locator);
  } catch (e) {
    if (e instanceof CitationInputError) throw new UsageError(e.message);
    throw e;
  }
  if (args.json) console.log(JSON.stringify(citeReport(source, args, verdict), null, 2));
  else console.log(citeText(source, verdict));
  return verdict.status === "verified" ? 0 : 1;
}

/** The JSON contract of `cite --json`. */
export function citeReport(source: Source, args: Pick<CiteArgs, "quote" | "locator">, verdict: Verdict) {
  const asked = {
    sourceId: source.entry.id,
    quote: args.quote,
    ...(args.locator !== undefined ? { requestedLocator: args.locator } : {}),
    status: verdict.status,
  };
  // Always there, empty when none: a reviewer's script need not ask whether the key exists.
  const cautions = verdict.cautions.map(({ kind, message }) => ({ kind, message }));
  if (verdict.status === "verified") {
    const m = verdict.match;
    const passage = source.reading.passages[m.passageIndex]!;
    return {
      ...asked,
      message: verdict.message,
      locator: m.locator,
      citation: shortCitation(source, passage, { at: m.start }),
      path: passage.path,
      ...(passage.quotedIn ? { quotedIn: passage.quotedIn } : {}),
      position: { start: m.start, end: m.end },
      context: context(source, m.start, m.end),
      fingerprint: source.fingerprint,
      cautions,
    };
  }
  const { closest } = verdict;
  return {
    ...asked,
    reason: verdict.reason,
    message: verdict.message,
    ...(verdict.foundAt ? { foundAt: verdict.foundAt.map((f) => f.locator) } : {}),
    ...(closest ? { closest: { locator: closest.locator, text: closest.text, diff: closest.diff, summary: closest.summary } } : {}),
    ...(verdict.elsewhere ? { elsewhere: verdict.elsewhere } : {}),
    cautions,
  };
}

function citeText(source: Source, verdict: Verdict): string {
  const lines: string[] = [];
  if (verdict.status === "verified") {
    const m = verdict.match;
    const passage = source.reading.passages[m.passageIndex]!;
    lines.push(`${green("✔ verified")}  ${m.locator}`);
    lines.push(`  ${shortCitation(source, passage, { at: m.start })}`);
    const c = context(source, m.start, m.end);
    lines.push(`  ${dim("…" + c.before)}${c.match}${dim(c.after + "…")}`);
    // Verified, but a reviewer must look: where the words may still mislead.
    for (const c of verdict.cautions) lines.push(`  ${yellow(`⚠ ${c.kind}`)}: ${c.message}`);
  } else {
    lines.push(`${red(`✘ rejected (${verdict.reason})`)}  ${verdict.message}`);
    if (verdict.foundAt) lines.push(`  found at: ${verdict.foundAt.map((f) => f.locator).join(", ")}`);
    if (verdict.closest) {
      lines.push(`  closest: ${verdict.closest.locator}`);
      lines.push(`  diff: ${diffLine(verdict.closest.diff)}`);
    }
  }
  return lines.join("\n");
}

function context(source: Source, start: number, end: number) {
  const text = source.reading.text;
  const from = Math.max(0, start - 60);
  const before = text.slice(from, start);
  return {
    before: (from > 0 ? before.replace(/^\S*\s+/, "") : before).replace(/\s+/g, " "),
    match: text.slice(start, end).replace(/\s+/g, " "),
    after: clip(text.slice(end, end + 60), 60).replace(/\s+/g, " "),
  };
}
