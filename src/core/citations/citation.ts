import type { Passage } from "../sources/model.ts";
import type { Source } from "../sources/source.ts";

/**
 * The short citation printed beside an excerpt: "UN Special Rapporteur (2013), para. 75".
 * A passage of a compilation is cited as the report it quotes, "quoted in" the compilation.
 */
export function shortCitation(source: Source, passage: Passage): string {
  const q = passage.quotedIn;
  if (!q) return `${source.entry.shortCite}, ${passage.locator}`;
  const page = q.page ? `, p. ${q.page}` : "";
  return `${q.title} (${q.publisher})${page}, quoted in ${source.entry.shortCite}`;
}
