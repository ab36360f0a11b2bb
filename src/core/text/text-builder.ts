/** Builds a derived text while remembering, for every character, the raw offset it came from. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];

  constructor(private readonly raw: string) {}

  /** Current length of the built text. */
  get length(): number {
    return this.offsets.length;
  }

  /** The last character appended, if any. */
  get lastChar(): string | undefined {
    return this.parts[this.parts.length - 1];
  }

  /** The text built from `start` on. */
  textFrom(start: number): string {
    return this.parts.slice(start).join("");
  }

  /** Copies raw[start, end) verbatim. */
  copy(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      this.parts.push(this.raw[i]!);
      this.offsets.push(i);
    }
  }

  /** Appends text that stands for raw position `at` (a joining space, a block separator). */
  insert(text: string, at: number): void {
    for (const c of text) {
      this.parts.push(c);
      this.offsets.push(at);
    }
  }

  /** Drops trailing white space (e.g. before a block ends). */
  trimEnd(): void {
    while (this.parts.length > 0 && /\s/.test(this.parts[this.parts.length - 1]!)) {
      this.parts.pop();
      this.offsets.pop();
    }
  }

  /** The text and its map to raw offsets (`toRaw[text.length]` is `rawEnd`). */
  finish(rawEnd: number = this.raw.length): { text: string; toRaw: Int32Array } {
    const toRaw = new Int32Array(this.offsets.length + 1);
    toRaw.set(this.offsets);
    toRaw[this.offsets.length] = rawEnd;
    return { text: this.parts.join(""), toRaw };
  }
}
