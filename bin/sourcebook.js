#!/usr/bin/env node
// Runs the compiled command (node_modules/.cache/sourcebook/cli). It never runs stale code: when a
// file the build read has changed since, it builds again first; when it cannot build, it runs
// the TypeScript itself through tsx.
import { pathToFileURL } from "node:url";
import { freshBuild, PACKAGE_ROOT, parserVersion } from "./compiled-cli.js";

const built = freshBuild() ?? (await rebuild());
/** @type {{ run: (argv: string[], env: { packageRoot: string, parserVersion?: string }) => Promise<number> }} */
let main;
if (built) main = await import(pathToFileURL(built.entry).href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  main = await import("../src/cli/commands/main.ts");
}
process.exitCode = await main.run(process.argv.slice(2), {
  packageRoot: PACKAGE_ROOT,
  parserVersion: built ? built.parserVersion : parserVersion(),
});

async function rebuild() {
  try {
    const { buildCli } = await import("./build-cli.js");
    return await buildCli();
  } catch (e) {
    // No esbuild (a production install) is not worth a word; a build error is (tsx will show where).
    const missing = e instanceof Error && "code" in e && e.code === "ERR_MODULE_NOT_FOUND";
    if (!missing)
      console.error(
        `sourcebook: could not compile the command (${e instanceof Error ? e.message.split("\n")[0] : e}); running it through tsx.`,
      );
    return undefined;
  }
}
