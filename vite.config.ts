import { defineConfig } from "vite";
import { extractorVersion } from "./bin/compiled-cli.js";
import { searchIndexPlugin } from "./vite-plugins/search-index.ts";

// The app is served from the project root; sources/ are read as raw text at build time.
export default defineConfig({
  root: ".",
  plugins: [searchIndexPlugin()],
  // What the workbench caches of an added file is keyed by a hash of the code that read it (as the CLI's parse cache is).
  define: { __SB_EXTRACTOR_VERSION__: JSON.stringify(extractorVersion()) },
  server: { port: 5173, strictPort: false },
  build: { outDir: "dist", target: "es2022", sourcemap: true },
  // The workers split: the handout worker's sources, pdfmake and fonts, the search worker's index chunks, each loaded
  // when needed. A worker is bundled on its own in a build: it needs the search index plugin too.
  worker: { format: "es", plugins: () => [searchIndexPlugin()] },
  // Only that worker imports pdfmake's CommonJS browser build: pre-bundled at start, not found mid-export.
  optimizeDeps: { include: ["pdfmake/build/pdfmake", "pdfmake/build/vfs_fonts"] },
});
