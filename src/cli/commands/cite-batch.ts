import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Library } from "../library.ts";
import { UsageError } from "../usage-error.ts";
import { answerLines, type BatchAnswers } from "./cite-batch-lines.ts";
import type { Block, WorkerSetup } from "./cite-batch-worker.ts";

export interface CiteBatchArgs {
  library: Library;
  /** A JSON Lines file, or "-" for standard input. */
  file: string;
}

/** Lines answered, and written, together. */
const BLOCK = 500;
/** Below this many lines, starting threads costs more than it saves. */
const PARALLEL_FROM = 4 * BLOCK;

/**
 * `sourcebook cite --batch`: one request per input line, one line of output per input line in
 * the same order — the `cite --json` verdict, or `{"line", "error"}` for a line that cannot be
 * checked. Exit 0 when every line verified, 1 when any was rejected or bad. A large batch is
 * shared among threads, one per core, block by block.
 */
export async function citeBatch(args: CiteBatchArgs): Promise<number> {
  const lines = (await readInput(args.file)).split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const blocks: Block[] = [];
  for (let at = 0; at < lines.length; at += BLOCK) blocks.push({ index: blocks.length, first: at + 1, lines: lines.slice(at, at + BLOCK) });
  const threads = Math.min(availableParallelism(), blocks.length);
  // The worker is a compiled file beside this one; run from TypeScript, the batch stays on this thread.
  const compiled = import.meta.url.endsWith(".js");
  const answered =
    compiled && lines.length >= PARALLEL_FROM && threads > 1 ? inThreads(args.library, blocks, threads) : inOrder(args.library, blocks);
  let allVerified = true;
  for await (const block of answered) {
    if (!block.allVerified) allVerified = false;
    if (block.lines.length > 0) process.stdout.write(block.lines.join("\n") + "\n");
  }
  return allVerified ? 0 : 1;
}

function* inOrder(library: Library, blocks: Block[]): Generator<BatchAnswers> {
  for (const block of blocks) yield answerLines(library, block.lines, block.first);
}

/** Answers blocks on `threads` workers, each taking the next block when done; yields them in input order. */
async function* inThreads(library: Library, blocks: Block[], threads: number): AsyncGenerator<BatchAnswers> {
  const setup: WorkerSetup = {
    root: library.root,
    ...(library.cache ? { cache: { dir: library.cache.dir, parserVersion: library.cache.parserVersion } } : {}),
  };
  const done = new Map<number, BatchAnswers>();
  let next = 0;
  let failure: unknown;
  let wake: () => void = () => {};
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL("./cite-batch-worker.js", import.meta.url), { workerData: setup }),
  );
  for (const worker of workers) {
    worker.on("message", (answer: BatchAnswers & { index: number }) => {
      done.set(answer.index, answer);
      if (next < blocks.length) worker.postMessage(blocks[next++]);
      wake();
    });
    worker.on("error", (e) => {
      failure = e;
      wake();
    });
    worker.postMessage(blocks[next++]);
  }
  try {
    for (let i = 0; i < blocks.length; i++) {
      while (!done.has(i)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      yield done.get(i)!;
      done.delete(i);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function readInput(file: string): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }
  if (!existsSync(file)) throw new UsageError(`No such file: ${file} (give a JSON Lines file, or - for standard input).`);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`${file} cannot be read (${(e as NodeJS.ErrnoException).code}); give a JSON Lines file, or - for standard input.`);
  }
}
