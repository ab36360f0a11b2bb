import { canonicalize } from "../text/canonical.ts";
import { ContentError } from "../files/yaml-file.ts";
import type { ExcerptNode, Module } from "../schema/module.ts";
import { nounFor, plural } from "../text/plural.ts";
import { translationFileName, type ParsedTranslation } from "./translation-file.ts";

/**
 * The mirror check: a translation declares the module and language its file is named for, keeps the
 * original's objectives (as many) and audiences, and its excerpts are the original's, in order (same source, locator,
 * acknowledgements and quote, compared in the verifier's canonical form), each with a `:::parallel` or `:::translation`.
 * Each mismatch is one sentence with file and line.
 */
export function mirrorProblems(original: Module, parsed: ParsedTranslation, file: string): ContentError[] {
  const t = parsed.translation;
  if (!t) return [];
  const problems: ContentError[] = [];
  const at = (line: number | undefined, field: string | undefined, problem: string) => problems.push(new ContentError(file, line, field, problem));
  const id = original.meta.id;
  const named = translationFileName(file);
  if (t.meta["translation-of"] !== id)
    at(parsed.lineAt(["translation-of"]), "translation-of", `"${t.meta["translation-of"]}" is not the module this file translates ("${id}")`);
  if (named && t.meta.language !== named.language)
    at(parsed.lineAt(["language"]), "language", `"${t.meta.language}" does not match the file name (expected ${named.language})`);
  const outside = t.meta.audiences.filter((a) => !original.meta.audiences.includes(a));
  if (outside.length > 0)
    at(parsed.lineAt(["audiences"]), "audiences", `${outside.join(", ")} is not among the original's audiences (${original.meta.audiences.join(", ")})`);
  const [mine, theirs] = [t.meta.objectives.length, original.meta.objectives.length];
  if (mine !== theirs)
    at(parsed.lineAt(["objectives"]), "objectives", `the translation has ${plural(mine, "objective")}, the original ${theirs}: translate each, in the same order`);
  const sections = (body: Module["body"]) => body.filter((n) => n.kind === "section").length;
  if (sections(t.body) !== sections(original.body))
    at(undefined, undefined, `the translation has ${plural(sections(t.body), "section")}, the original ${sections(original.body)}: keep every ## heading, translated`);

  const translated = excerptsWithLines(t.body, parsed.lines);
  const originals = original.body.filter((n): n is ExcerptNode => n.kind === "excerpt");
  translated.forEach(({ node, line }, i) => {
    const theirs = originals[i];
    const n = `excerpt ${i + 1}`;
    if (!theirs) return at(line, undefined, `${n} is not in the original, which has ${plural(originals.length, "excerpt")}`);
    const problem = excerptMismatch(node, theirs, n);
    if (problem) at(line, undefined, problem);
    else if (!node.parallel && node.translation === undefined)
      at(line, undefined, `${n} has neither a :::parallel quote nor a :::translation after the original quote, so its readers would get the original's words alone`);
  });
  const missing = originals.slice(translated.length);
  if (missing.length > 0)
    at(
      translated.at(-1)?.line,
      undefined,
      `the original's ${nounFor(missing.length, "excerpt")} ${missing.map((e, k) => `${translated.length + k + 1} (${e.sourceId}, ${e.locator})`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing from the translation`,
    );
  return problems;
}

function excerptsWithLines(body: Module["body"], lines: number[]): { node: ExcerptNode; line: number }[] {
  return body.flatMap((node, i) => (node.kind === "excerpt" ? [{ node, line: lines[i]! }] : []));
}

/** How a translation's excerpt differs from the original's at the same place, or undefined when it is the same. */
function excerptMismatch(mine: ExcerptNode, theirs: ExcerptNode, n: string): string | undefined {
  if (mine.sourceId !== theirs.sourceId) return `${n} cites ${mine.sourceId} where the original cites ${theirs.sourceId} (${theirs.locator})`;
  if (mine.locator !== theirs.locator) return `${n} is at ${mine.locator} where the original's is at ${theirs.locator}`;
  const acknowledged = (e: ExcerptNode) => (e.acknowledge ?? []).join(",") || "no caution";
  if (acknowledged(mine) !== acknowledged(theirs))
    return `${n} acknowledges ${acknowledged(mine)} where the original acknowledges ${acknowledged(theirs)} (${theirs.locator})`;
  if (canonicalize(mine.quote).text !== canonicalize(theirs.quote).text) return `${n} quotes a different passage from the original (${theirs.locator})`;
  return undefined;
}
