import type { Passage } from "../sources/model.ts";
import { pageAt } from "../sources/pages.ts";
import type { Source } from "../sources/source.ts";

/**
 * The short citation printed beside an excerpt: "UN Special Rapporteur (2013), para. 75".
 * A passage of a compilation is cited as the report it quotes, "quoted in" the compilation.
 * A PDF's passage also gets the printed page the quote starts on (`at`, a reading offset;
 * the passage's start when not given): "… (2013), para. 75, p. 18".
 */
export function shortCitation(source: Source, passage: Passage, at: number = passage.start): string {
  const q = passage.quotedIn;
  const printed = source.reading.pages ? pageAt(source.reading, at) : undefined;
  if (!q) return `${source.entry.shortCite}, ${passage.locator}${printed !== undefined ? `, p. ${printed}` : ""}`;
  const page = q.page ? `, p. ${q.page}` : "";
  return `${q.title} (${q.publisher})${page}, quoted in ${source.entry.shortCite}`;
}
