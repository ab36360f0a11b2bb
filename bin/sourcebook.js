#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx sourcebook` works right after `npm install`.
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/cli/commands/main.ts");
process.exitCode = await run(process.argv.slice(2));
