import { Marked, type Token, type Tokens, type TokenizerExtension } from "marked";

/** A `:::name args` … `:::` block as the Markdown lexer sees it. */
export interface BlockToken extends Tokens.Generic {
  type: "sbBlock";
  raw: string;
  name: string;
  args: string;
  body: string;
  /** Offset (in `body`) of a `:::` opener found inside the block, if any. */
  nestedAt?: number;
  /** Length of the block itself; the lexer may append a following blank line to `raw`. */
  ownLength: number;
}

const OPEN = /^:::([a-z][a-z-]*)([^\n]*)(?:\n|$)/;
const CLOSE = /^:::[ \t]*$/m;

/** The marked extension for Sourcebook's `:::` blocks (never nested; closed by a `:::` line). */
export const blockExtension: TokenizerExtension = {
  name: "sbBlock",
  level: "block",
  start(src: string) {
    return /^:::[a-z]/m.exec(src)?.index;
  },
  tokenizer(src: string): BlockToken | undefined {
    const open = OPEN.exec(src);
    if (!open) return undefined;
    const rest = src.slice(open[0].length);
    const close = CLOSE.exec(rest);
    if (!close) return undefined;
    let end = open[0].length + close.index + close[0].length;
    if (src[end] === "\n") end++;
    const body = rest.slice(0, close.index).replace(/\n$/, "");
    const nested = nestedOpener(open[1]!, body);
    return {
      type: "sbBlock",
      raw: src.slice(0, end),
      name: open[1]!,
      args: open[2]!.trim(),
      body,
      ownLength: end,
      ...(nested !== undefined ? { nestedAt: nested } : {}),
    };
  },
};

/** Offset of a `:::` opener inside a block's body; an excerpt's one `:::parallel` or `:::translation` line is not one. */
function nestedOpener(name: string, body: string): number | undefined {
  let parallelAllowed = name === "excerpt";
  for (const m of body.matchAll(/^:::([a-z][a-z-]*)/gm)) {
    if (parallelAllowed && (m[1] === "parallel" || m[1] === "translation")) parallelAllowed = false;
    else return m.index;
  }
  return undefined;
}

/** A marked instance that knows the blocks; lexing only (rendering is up to each output). */
export const moduleMarked = new Marked({ gfm: true, extensions: [blockExtension] });

/** Top-level tokens of a module body; their `raw` fields concatenate to the body. */
export function lexModuleBody(body: string): Token[] {
  return moduleMarked.lexer(body);
}
