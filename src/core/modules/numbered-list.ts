/**
 * A block's `- ` list as a numbered Markdown list ("1. …", "2. …"), item for item as the handout numbers
 * discussion questions: every line starting with - or * is an item; other lines continue the item before.
 */
export function numberedList(body: string): string {
  let n = 0;
  return body
    .split("\n")
    .map((line) => {
      const item = /^\s*[-*]\s+(.*)$/.exec(line);
      if (item) return `${++n}. ${item[1]}`;
      // Indented past the number, a line stays inside its item.
      return line.trim() && n > 0 ? `${" ".repeat(String(n).length + 2)}${line.trim()}` : line;
    })
    .join("\n");
}
