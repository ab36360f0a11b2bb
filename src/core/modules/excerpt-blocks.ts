/**
 * The `:::excerpt <source-id> "<locator>"` blocks of a module file, found line by line.
 * (The full module format — front matter, sections, other blocks — builds on this.)
 */
export interface ExcerptBlock {
  sourceId: string;
  locator?: string;
  quote: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** A module file line that is not what it should be. */
export class ModuleSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

const OPEN = /^:::excerpt(?:\s+(\S+))?(?:\s+"([^"]*)")?\s*$/;

export function excerptBlocks(text: string): ExcerptBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: ExcerptBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (!line.startsWith(":::excerpt")) continue;
    const m = OPEN.exec(line);
    if (!m || !m[1]) throw new ModuleSyntaxError(i + 1, `expected :::excerpt <source-id> "<locator>"`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() !== ":::") body.push(lines[j++]!);
    if (j >= lines.length) throw new ModuleSyntaxError(i + 1, "excerpt block is not closed with :::");
    const quote = body.join("\n").trim();
    blocks.push({ sourceId: m[1], ...(m[2] !== undefined ? { locator: m[2] } : {}), quote, line: i + 1 });
    i = j;
  }
  return blocks;
}
