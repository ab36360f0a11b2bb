import { CitationInputError } from "../../core/citations/verify.ts";
import { checkQuote } from "../check-quote.ts";
import { citeReport } from "./cite.ts";
import type { Library } from "../library.ts";
import { UsageError } from "../usage-error.ts";

const SHAPE = 'expected {"source": "<source-id>", "quote": "<words>", "locator"?: "<locator>"}';

/** The answers to a run of `cite --batch` lines: one JSON line each, and whether all verified. */
export interface BatchAnswers {
  lines: string[];
  allVerified: boolean;
}

/** Checks input lines numbered from `first`: each answer is the `cite --json` verdict, or {"line", "error"}. */
export function answerLines(library: Library, lines: string[], first: number): BatchAnswers {
  let allVerified = true;
  const answers = lines.map((line, i) => {
    const answer = answerLine(library, line.replace(/\r$/, ""), first + i);
    if (!("status" in answer && answer.status === "verified")) allVerified = false;
    return JSON.stringify(answer);
  });
  return { lines: answers, allVerified };
}

function answerLine(library: Library, line: string, n: number) {
  const bad = (error: string) => ({ line: n, error });
  if (line.trim() === "") return bad(`the line is empty; ${SHAPE}`);
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch (e) {
    return bad(`not JSON (${(e as Error).message}); ${SHAPE}`);
  }
  if (typeof request !== "object" || request === null || Array.isArray(request)) return bad(`not an object; ${SHAPE}`);
  const { source: sourceId, quote, locator } = request as Record<string, unknown>;
  if (typeof sourceId !== "string") return bad(`"source" ${sourceId === undefined ? "is missing" : "must be text"}; ${SHAPE}`);
  if (typeof quote !== "string") return bad(`"quote" ${quote === undefined ? "is missing" : "must be text"}; ${SHAPE}`);
  if (locator !== undefined && typeof locator !== "string") return bad(`"locator" must be text; ${SHAPE}`);
  try {
    const source = library.source(sourceId);
    const verdict = checkQuote(library, source, quote, locator);
    return citeReport(source, { quote, ...(locator !== undefined ? { locator } : {}) }, verdict);
  } catch (e) {
    if (e instanceof UsageError || e instanceof CitationInputError) return bad(e.message);
    throw e;
  }
}
