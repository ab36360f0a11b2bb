import { defineConfig } from "vite";
import { searchIndexPlugin } from "./vite-plugins/search-index.ts";

// The app is served from the project root; sources/ are read as raw text at build time.
export default defineConfig({
  root: ".",
  plugins: [searchIndexPlugin()],
  server: { port: 5173, strictPort: false },
  build: { outDir: "dist", target: "es2022", sourcemap: true },
});
