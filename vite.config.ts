import { defineConfig } from "vite";
import { searchIndexPlugin } from "./vite-plugins/search-index.ts";

// The app is served from the project root; sources/ are read as raw text at build time.
export default defineConfig({
  root: ".",
  plugins: [searchIndexPlugin()],
  server: { port: 5173, strictPort: false },
  build: { outDir: "dist", target: "es2022", sourcemap: true },
  // The handout worker splits: its sources, pdfmake and the fonts load as chunks of their own, when needed.
  worker: { format: "es" },
  // Only that worker imports pdfmake's CommonJS browser build: pre-bundled at start, not found mid-export.
  optimizeDeps: { include: ["pdfmake/build/pdfmake", "pdfmake/build/vfs_fonts"] },
});
