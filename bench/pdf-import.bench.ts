/**
 * PDF import benchmark (`npm run bench`): prints figures, asserts nothing.
 * A 300-page report is made here with pdfmake from the UN seed's paragraphs (numbered, with a
 * running header, a footer with the page number, and a footnote a page), then read by the general
 * reader in a process of its own: pdfjs, the layout pass and the reading text. Reported: the wall
 * time (target ≤ 15 s in Node) and the process's peak resident memory.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Content } from "pdfmake/interfaces";

const PAGES = 300;

if (process.argv[2] === "--child") {
  const { extractDocument } = await import("../src/extract/extract-document.ts");
  const { extractedReading } = await import("../src/core/sources/extracted-text.ts");
  const bytes = new Uint8Array(readFileSync(process.argv[3]!));
  const t0 = performance.now();
  const extracted = await extractDocument(bytes, "pdf");
  const reading = extractedReading(extracted);
  const ms = performance.now() - t0;
  const pages = extracted.pages!.length;
  const passages = reading.passages.length;
  console.log(JSON.stringify({ ms, pages, passages, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const { renderPdf } = await import("../src/cli/render-pdf.ts");
  const { library } = await import("./seed-quotes.ts");
  const un = library.find((s) => s.entry.id === "un-hrc-25-48-add1")!;
  const paragraphs = un.reading.passages
    .filter((p) => p.kind === "paragraph")
    .map((p) => un.reading.text.slice(p.start, p.end).replace(/^\d+\.\s*/, ""));
  const content: Content[] = [];
  let n = 0;
  for (let page = 0; page < PAGES; page++) {
    if (page > 0) content.push({ text: "", pageBreak: "before" });
    content.push({ text: `Chapter ${page + 1}`, fontSize: 14, bold: true, margin: [0, 0, 0, 8] });
    for (let k = 0; k < 4; k++) {
      const text = paragraphs[n % paragraphs.length]!.slice(0, 700);
      n++;
      content.push({
        text: [`${n}. ${text}`, ...(k === 1 ? [{ text: String(page + 1), sup: true }] : [])],
        margin: [0, 0, 0, 8],
        fontSize: 10,
      });
    }
    content.push({
      text: `${page + 1} A footnote of page ${page + 1}, citing a report of the United Nations.`,
      fontSize: 7,
      margin: [0, 12, 0, 0],
    });
  }
  const t0 = performance.now();
  const bytes = await renderPdf({
    header: { text: "A/HRC/25/48/Add.1 (benchmark copy)", fontSize: 8, margin: [40, 20, 40, 0] },
    footer: (page: number) => ({ text: `GE.13-19123 ${page}`, alignment: "center", fontSize: 8 }),
    content,
  });
  const made = performance.now() - t0;
  const dir = mkdtempSync(join(tmpdir(), "sourcebook-bench-pdf-"));
  const file = join(dir, "report.pdf");
  writeFileSync(file, bytes);
  const self = fileURLToPath(import.meta.url);
  const runs = [1, 2, 3].map(() => {
    const r = spawnSync(process.execPath, ["--import", "tsx", self, "--child", file], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout) as { ms: number; pages: number; passages: number; maxRssMb: number };
  });
  rmSync(dir, { recursive: true, force: true });
  const best = runs.sort((a, b) => a.ms - b.ms)[1]!;
  console.log(`PDF import (${PAGES} pages, ${(bytes.length / 1e6).toFixed(1)} MB, made by pdfmake in ${(made / 1000).toFixed(1)} s)`);
  console.log(`  machine: ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(1)}`);
  console.log(`  import, median of 3: ${(best.ms / 1000).toFixed(1)} s (target ≤ 15 s); ${best.pages} pages, ${best.passages} passages`);
  console.log(`  peak memory (resident, whole process): ${Math.round(best.maxRssMb)} MB`);
}
