/** Bundle benchmark (`npm run bench`): what the first screen downloads, and what loads later. */
import { join } from "node:path";
import { measureBundle } from "./bundle-size.ts";

const report = await measureBundle(join(import.meta.dirname, ".."));
console.log(
  `Initial JavaScript: ${(report.initialGzip / 1024).toFixed(1)} KB gzipped in ${report.initialFiles.length} files (target ≤ 150 KB; pdfmake in it: ${report.pdfmakeInInitial ? "yes" : "no"})`,
);
for (const c of report.lazy.sort((a, b) => b.gzip - a.gzip).slice(0, 8))
  console.log(`  later: ${c.file} ${(c.gzip / 1024).toFixed(1)} KB gzipped`);
