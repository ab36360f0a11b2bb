import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Manifest } from "vite";

export interface BundleReport {
  /** Gzipped bytes of the JavaScript the first screen loads: the entry and its static imports. */
  initialGzip: number;
  initialFiles: string[];
  /** Every other JavaScript chunk (loaded on demand), gzipped bytes by file. */
  lazy: { file: string; gzip: number }[];
  /** Whether any initial chunk holds pdfmake. */
  pdfmakeInInitial: boolean;
}

/** Builds the app for production into a temporary folder and measures what the first screen loads. */
export async function measureBundle(root: string): Promise<BundleReport> {
  const outDir = mkdtempSync(join(tmpdir(), "sb-build-"));
  try {
    await build({
      root,
      configFile: join(root, "vite.config.ts"),
      logLevel: "error",
      build: { outDir, manifest: true, emptyOutDir: true, sourcemap: false },
    });
    const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8")) as Manifest;
    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    const initial = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key]!;
      if (initial.has(chunk.file)) return;
      initial.add(chunk.file);
      for (const imp of chunk.imports ?? []) visit(imp);
    };
    visit(entry);
    const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
    const js = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith(".js"));
    const initialFiles = [...initial].filter((f) => f.endsWith(".js"));
    return {
      initialGzip: initialFiles.reduce((n, f) => n + gz(f), 0),
      initialFiles,
      lazy: js.filter((f) => !initial.has(f)).map((file) => ({ file, gzip: gz(file) })),
      pdfmakeInInitial: initialFiles.some((f) => /pdfmake|pdfkit/i.test(readFileSync(join(outDir, f), "utf8").slice(0, 2_000_000))),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
