/** One step of a word diff between a quote and its source: same, only in source, only in quote. */
export interface DiffPart {
  op: "equal" | "delete" | "insert";
  /** The words, space-separated. `delete` = in the source, missing from the quote. */
  text: string;
}

/** Words compare without the punctuation that ends them: a quote may stop at "illegal." mid-sentence. */
const key = (w: string) => w.replace(/[.,;:!?]+$/, "");

/** Longest-common-subsequence word diff (quotes are short; O(n·m) is fine). */
export function wordDiff(sourceWords: string[], quoteWords: string[]): DiffPart[] {
  const n = sourceWords.length;
  const m = quoteWords.length;
  const a = sourceWords.map(key);
  const b = quoteWords.map(key);
  // One flat table: lcs[i][j] is at i * w + j.
  const w = m + 1;
  const lcs = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart["op"], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += " " + word;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push("equal", sourceWords[i]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push("delete", sourceWords[i++]!);
    else push("insert", quoteWords[j++]!);
  }
  while (i < n) push("delete", sourceWords[i++]!);
  while (j < m) push("insert", quoteWords[j++]!);
  return parts;
}

/** Words the diff counts as the same but whose punctuation differs: "adults," → "adults;". */
export function punctuationChanges(parts: DiffPart[], sourceWords: string[], quoteWords: string[]): string[] {
  const changes: string[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const n = p.text.split(" ").length;
    if (p.op === "equal") {
      for (let k = 0; k < n; k++)
        if (sourceWords[i + k] !== quoteWords[j + k]) changes.push(`"${sourceWords[i + k]}" → "${quoteWords[j + k]}"`);
    }
    if (p.op !== "insert") i += n;
    if (p.op !== "delete") j += n;
  }
  return changes;
}

/** Long runs are shown by their ends: "officers and give … to child victims. (71 words)". */
function short(text: string): string {
  const w = text.split(" ");
  return w.length <= 8 ? text : `${w.slice(0, 3).join(" ")} … ${w.slice(-3).join(" ")} (${w.length} words)`;
}

/** A one-line summary of the changes: "20 → 30; + not". */
export function describeChanges(parts: DiffPart[]): string {
  const changes: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const next = parts[k + 1];
    if (p.op === "delete" && next?.op === "insert") {
      changes.push(`"${short(p.text)}" → "${short(next.text)}"`);
      k++;
    } else if (p.op === "insert" && next?.op === "delete") {
      changes.push(`"${short(next.text)}" → "${short(p.text)}"`);
      k++;
    } else if (p.op === "delete") changes.push(`leaves out "${short(p.text)}"`);
    else if (p.op === "insert") changes.push(`adds "${short(p.text)}"`);
  }
  return changes.join("; ");
}
