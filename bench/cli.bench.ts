/**
 * Command-line benchmark (`npm run bench`): prints figures, asserts nothing.
 *  1. `sourcebook cite` wall time, the median of 15 runs, as a ratio to `node -e 0` timed in the
 *     same loop (target ≤ 3×): warm (the parse cache filled) and cold (an empty cache each run).
 *  2. `sourcebook cite --batch` over 20,000 quotes drawn from the seeds (four in five genuine,
 *     one in five altered), the whole process's wall time (target ≥ 5,000 quotes/s); and each
 *     kind alone, since a rejection costs several times a verification.
 *  3. What the start-up check that the compiled command is current costs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { library, quoteSampler, root, type Sample } from "./seed-quotes.ts";

const bin = join(root, "bin", "sourcebook.js");
const QUOTE = "as many as 20 per cent of prostitutes working in Bishkek are minors";
const RUNS = 15;

function wall(args: string[], env: Record<string, string> = {}): { ms: number; stdout: string; code: number | null } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1024 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status === null || r.status > 1) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return { ms, stdout: r.stdout, code: r.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `node -e 0` and `args` one after the other, `runs` times: the ratio of their medians. */
function sideBySide(args: string[], runs: number, env: () => Record<string, string>) {
  const node: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < runs; i++) {
    node.push(wall(["-e", "0"]).ms);
    cli.push(wall(args, env()).ms);
  }
  return { node: median(node), cli: median(cli), ratio: median(cli) / median(node) };
}

// 1. cite, warm and cold. The first run builds the command if src/ changed, and fills the cache.
const cite = [bin, "cite", "un-hrc-25-48-add1", QUOTE];
wall(cite);
const warm = sideBySide(cite, RUNS, () => ({}));
const scratch = mkdtempSync(join(tmpdir(), "sourcebook-bench-"));
let run = 0;
const cold = sideBySide(cite, 7, () => ({ SOURCEBOOK_CACHE_DIR: join(scratch, `cache-${run++}`) }));
const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`sourcebook cite (one quote, wall time, median; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)})`);
console.log(`  warm: ${ms(warm.cli)} against ${ms(warm.node)} for node -e 0 over ${RUNS} runs: ${warm.ratio.toFixed(1)}× (target ≤ 3×)`);
console.log(`  cold (empty parse cache): ${ms(cold.cli)} against ${ms(cold.node)} over 7 runs: ${cold.ratio.toFixed(1)}×`);

// 2. cite --batch.
const { genuineQuotes, alter } = quoteSampler(2016);
const genuine = genuineQuotes(library, 16_000);
const altered: Sample[] = [];
for (const s of genuineQuotes(library, 6_000)) {
  const a = alter(s);
  if (a && altered.length < 4_000) altered.push(a);
}
const batch = genuine.flatMap((s, i) => (i % 4 === 3 ? [s, altered[(i - 3) / 4]!] : [s]));
/** Runs `cite --batch` over the samples: wall time, lines out, lines verified. */
function runBatch(name: string, samples: Sample[]) {
  const file = join(scratch, `${name}.jsonl`);
  writeFileSync(
    file,
    samples.map((s) => JSON.stringify({ source: s.source.entry.id, quote: s.quote, locator: s.locator })).join("\n") + "\n",
  );
  const timed = wall([bin, "cite", "--batch", file]);
  const lines = timed.stdout.trimEnd().split("\n");
  const verified = lines.filter((l) => l.includes('"status":"verified"')).length;
  const rate = Math.round(samples.length / (timed.ms / 1000));
  return { s: (timed.ms / 1000).toFixed(2), lines: lines.length, verified, rate };
}
runBatch("warm-up", batch.slice(0, 100)); // every source parsed and cached once
const mixed = runBatch("mixed", batch);
console.log(`sourcebook cite --batch (one process, wall time; load average ${loadavg()[0]!.toFixed(1)})`);
console.log(
  `  ${batch.length} quotes (${genuine.length} genuine, ${altered.length} altered): ${mixed.lines} lines out, ${mixed.verified} verified, in ${mixed.s} s: ${mixed.rate} quotes/s (target ≥ 5,000/s)`,
);
const onlyGenuine = runBatch("genuine", genuine);
const onlyAltered = runBatch("altered", altered);
console.log(`  the genuine alone: ${onlyGenuine.rate} quotes/s; the altered alone: ${onlyAltered.rate} quotes/s`);

// 3. The check that the compiled command is current (a stat of each file it was built from).
const compiled = (await import(join(root, "bin", "compiled-cli.js") as string)) as { freshBuild(): unknown; MANIFEST: string };
const checks: number[] = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  if (!compiled.freshBuild()) throw new Error("the compiled command is not current");
  checks.push(performance.now() - t0);
}
console.log(`  start-up check that the compiled command is current: ${median(checks).toFixed(2)} ms (median of 50)`);
rmSync(scratch, { recursive: true, force: true });
