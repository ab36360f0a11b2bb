import type { Edition } from "../core/handout/build-handout.ts";
import type { Session } from "../core/schema/session.ts";
import type { UiLanguage } from "../core/i18n/languages.ts";

/** What to print: a session (with the module texts it uses, as the browser has them), an edition, a paper. */
export interface HandoutJob {
  session: Session;
  /** Module id → module file text (own copies included), for every module the agenda names. */
  modules: Record<string, string>;
  edition: Edition;
  paper: "a4" | "letter";
  /** A handout template id in templates/handouts/ (default: the session's, else "default"). */
  template?: string;
  /** The language of the words the handout prints itself (headings, labels, page numbers, DRAFT reasons); English when absent. */
  language?: UiLanguage;
}

/**
 * What the print worker is doing, as data: the page puts it into words in the interface language (the worker
 * has no message catalogue), "Checking 72 excerpts", «Вёрстка страницы 12 из 30».
 */
export type HandoutStage =
  | { step: "reading" }
  | { step: "sources"; done: number; total: number }
  | { step: "checking"; excerpts: number }
  | { step: "fonts" }
  | { step: "layout"; page?: number; pages?: number }
  | { step: "writing"; page: number; pages: number }
  | { step: "done" };

export interface HandoutProgress {
  /** 0–1 */
  fraction: number;
  stage: HandoutStage;
}

export interface HandoutResult {
  pdf: Blob;
  fileName: string;
  /** Why the handout is a DRAFT (empty when it is not). */
  draftReasons: string[];
  pages: number;
}

/** Builds handouts off the main thread (a Web Worker with the same core builder as the CLI). */
export interface HandoutExporter {
  export(job: HandoutJob, onProgress: (p: HandoutProgress) => void, signal?: AbortSignal): Promise<HandoutResult>;
  /** The DRAFT reasons for a job's edition, without printing (fast, for showing the trainer why). */
  draftReasons(job: Omit<HandoutJob, "paper">): Promise<string[]>;
}
