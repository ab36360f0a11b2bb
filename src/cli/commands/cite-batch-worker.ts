// A thread of `cite --batch`: answers the blocks of lines it is sent, in the library it opens itself.
import { parentPort, workerData } from "node:worker_threads";
import { Library } from "../library.ts";
import { ParseCache } from "../parse-cache.ts";
import { answerLines } from "./cite-batch-lines.ts";

/** What the main thread tells each worker when starting it. */
export interface WorkerSetup {
  root: string;
  cache?: { dir: string; parserVersion: string };
}

/** One block of input lines, numbered from `first`. */
export interface Block {
  index: number;
  first: number;
  lines: string[];
}

const setup = workerData as WorkerSetup;
const library = await Library.open(setup.root, setup.cache ? new ParseCache(setup.cache.dir, setup.cache.parserVersion) : undefined);
parentPort!.on("message", (block: Block) => {
  parentPort!.postMessage({ index: block.index, ...answerLines(library, block.lines, block.first) });
});
