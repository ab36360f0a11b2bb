import { existsSync, readFileSync } from "node:fs";
import { CitationInputError } from "../../core/citations/verify.ts";
import { checkQuote } from "../check-quote.ts";
import type { Library } from "../library.ts";
import { UsageError } from "../usage-error.ts";
import { citeReport } from "./cite.ts";

export interface CiteBatchArgs {
  library: Library;
  /** A JSON Lines file, or "-" for standard input. */
  file: string;
}

const SHAPE = 'expected {"source": "<source-id>", "quote": "<words>", "locator"?: "<locator>"}';

/**
 * `sourcebook cite --batch`: one request per input line, one line of output per input line in
 * the same order — the `cite --json` verdict, or `{"line", "error"}` for a line that cannot be
 * checked. Exit 0 when every line verified, 1 when any was rejected or bad.
 */
export async function citeBatch(args: CiteBatchArgs): Promise<number> {
  const lines = (await readInput(args.file)).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  let allVerified = true;
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const result = checkLine(args.library, lines[i]!.replace(/\r$/, ""), i + 1);
    if (!("status" in result && result.status === "verified")) allVerified = false;
    pending.push(JSON.stringify(result));
    // Written in chunks: one write per line is most of the cost of a large batch.
    if (pending.length === 500) {
      process.stdout.write(pending.join("\n") + "\n");
      pending = [];
    }
  }
  if (pending.length > 0) process.stdout.write(pending.join("\n") + "\n");
  return allVerified ? 0 : 1;
}

function checkLine(library: Library, line: string, n: number) {
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

async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  if (!existsSync(file)) throw new UsageError(`No such file: ${file} (give a JSON Lines file, or - for standard input).`);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`${file} cannot be read (${(e as NodeJS.ErrnoException).code}); give a JSON Lines file, or - for standard input.`);
  }
}
