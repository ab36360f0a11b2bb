// The handout worker: the CLI's core builder, off the main thread. Zod is configured first (imports run in order).
import "./zod-config.ts";
import { buildHandout, editionDraftReasons } from "../core/handout/build-handout.ts";
import { checkExcerpts } from "../core/handout/checked-excerpts.ts";
import { parseHandoutTemplate } from "../core/library/handout-template-file.ts";
import { ContentError } from "../core/files/yaml-file.ts";
import { parseModule } from "../core/modules/parse-module.ts";
import type { HandoutTemplate } from "../core/schema/handout-template.ts";
import type { Module } from "../core/schema/module.ts";
import { SessionSchema } from "../core/schema/session.ts";
import { assembleSession, type AssembledSession } from "../core/sessions/assemble-session.ts";
import type { Source } from "../core/sources/source.ts";
import type { HandoutJob, HandoutStage } from "./handout-export-api.ts";
import { bundledLibrary } from "./library-store.ts";
import { today } from "../core/text/calendar-date.ts";
import { bundledTrainingKit } from "./bundled-training-kit.ts";
import { handoutWords } from "../core/i18n/handout/catalogue.ts";

/**
 * What the main thread asks: print a handout, or only say why that edition would be a DRAFT; and, when
 * the worker asked for them, the sources added in the browser that a request's modules cite.
 */
export type WorkerRequest =
  | { id: number; kind: "export"; job: HandoutJob }
  | { id: number; kind: "draft"; job: Omit<HandoutJob, "paper"> }
  | { id: number; kind: "sources"; sources: Source[] };

/** What the worker answers; `progress` comes any number of times before `done`. */
export type WorkerReply =
  | { id: number; kind: "progress"; fraction: number; stage: HandoutStage }
  | { id: number; kind: "done"; pdf: ArrayBuffer; pages: number; draftReasons: string[] }
  | { id: number; kind: "draft"; reasons: string[] }
  /** The modules of request `id` cite sources the bundled library lacks: the page sends those it added (`sources`). */
  | { id: number; kind: "sources-wanted"; ids: string[] }
  | { id: number; kind: "error"; message: string };

const library = bundledLibrary();
const templateFiles = import.meta.glob<string>("../../templates/handouts/*.yaml", { query: "?raw", import: "default" });

const post = (reply: WorkerReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

/** Requests waiting for the page's added sources, by id. */
const awaitingSources = new Map<number, (sources: Source[]) => void>();

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === "sources") {
    awaitingSources.get(request.id)?.(request.sources);
    awaitingSources.delete(request.id);
    return;
  }
  const answer =
    request.kind === "export"
      ? exportHandout(request.id, request.job)
      : draftReasons(request.id, request.job).then((reasons): WorkerReply => ({ id: request.id, kind: "draft", reasons }));
  answer.then(
    (reply) => post(reply, reply.kind === "done" ? [reply.pdf] : []),
    (error: unknown) => post({ id: request.id, kind: "error", message: messageOf(error) }),
  );
});

async function draftReasons(id: number, job: Omit<HandoutJob, "paper">): Promise<string[]> {
  const session = assemble(job);
  const modules = modulesOf(session);
  await loadTemplate(job.template ?? session.session.handout ?? "default"); // a missing template is said before printing
  const [sources, kit] = await Promise.all([loadSources(id, modules, () => undefined), bundledTrainingKit()]);
  const excerpts = [...checkExcerpts(modules, sources).values()];
  return editionDraftReasons(job.edition, modules, excerpts, kit, today(), handoutWords(job.language));
}

async function exportHandout(id: number, job: HandoutJob): Promise<WorkerReply> {
  const progress = (fraction: number, stage: HandoutStage) => post({ id, kind: "progress", fraction, stage });
  progress(0.02, { step: "reading" });
  const session = assemble(job);
  const modules = modulesOf(session);
  const sources = await loadSources(id, modules, (done, total) => progress(0.05 + 0.2 * (done / total), { step: "sources", done, total }));
  const template = await loadTemplate(job.template ?? session.session.handout ?? "default");
  const kit = await bundledTrainingKit();
  const excerpts = new Set(modules.flatMap((m) => m.body.filter((n) => n.kind === "excerpt"))).size;
  progress(0.3, { step: "checking", excerpts });
  const handout = buildHandout({
    session,
    template,
    edition: job.edition,
    sources,
    paper: job.paper,
    kit,
    printedOn: today(),
    ...(job.language ? { language: job.language } : {}),
  });
  // pdfmake rewrites the definition in place, the cover's list of reasons included: keep the words.
  const draftReasons = [...handout.draftReasons];
  progress(0.4, { step: "fonts" });
  const pdfMake = await loadPdfMake();
  progress(0.5, { step: "layout" });
  let pages = 0;
  let shown = -1;
  const footer = handout.definition.footer;
  // The footer is laid out page by page once the page count is known: the one place layout can say where it is.
  handout.definition.footer = (page, count) => {
    pages = count;
    if (page === 1 || page % 5 === 0) progress(0.5 + 0.2 * (page / count), { step: "layout", page, pages: count });
    return footer(page, count);
  };
  pdfMake.setProgressCallback((done) => {
    const page = Math.max(1, Math.ceil(done * pages));
    if (page === shown) return;
    shown = page;
    progress(0.7 + 0.28 * done, { step: "writing", page, pages });
  });
  const bytes = await pdfMake.createPdf(handout.definition).getBuffer();
  // A copy of exactly the PDF's bytes: the Buffer may be a view into a larger pool.
  const pdf = new Uint8Array(bytes).buffer;
  progress(1, { step: "done" });
  return { id, kind: "done", pdf, pages, draftReasons };
}

/** The session checked and placed in time against the job's modules; problems are said for a trainer. */
function assemble(job: Omit<HandoutJob, "edition" | "paper">): AssembledSession {
  const checked = SessionSchema.safeParse(job.session);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new Error(`The session cannot be printed: ${issue.path.join(".") || "session"}: ${issue.message}.`);
  }
  const modules = new Map<string, Module>();
  for (const [id, text] of Object.entries(job.modules)) {
    const parsed = parseModule(text, `${id}.md`);
    if (!parsed.module || parsed.errors.length > 0) {
      throw new Error(
        `Module “${parsed.module?.meta.title ?? id}” has errors; correct them and print again: ${parsed.errors.map((e) => e.message).join("; ")}`,
      );
    }
    modules.set(parsed.module.meta.id, parsed.module);
  }
  const title = checked.data.title;
  checked.data.agenda.forEach((item, i) => {
    if ("module" in item && !modules.has(item.module))
      throw new Error(
        `“${title}” cannot be printed: agenda item ${i + 1} names the module “${item.module}”, which is not in the module library.`,
      );
  });
  try {
    return assembleSession(checked.data, modules, "session");
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const item = /^agenda\[(\d+)\]/.exec(error.field ?? "");
    const where = item ? `agenda item ${Number(item[1]) + 1}` : (error.field ?? "the session");
    throw new Error(`“${title}” cannot be printed: ${where}: ${error.problem}.`, { cause: error });
  }
}

function modulesOf(session: AssembledSession): Module[] {
  return session.slots.flatMap((slot) => (slot.kind === "module" ? [slot.module] : []));
}

/**
 * The sources the modules quote that the catalog lists, and those the page added in the browser
 * (asked of it for request `requestId`); an unknown one becomes a DRAFT reason, as in the CLI.
 */
async function loadSources(requestId: number, modules: Module[], onLoaded: (done: number, total: number) => void): Promise<Source[]> {
  const cited = [...new Set(modules.flatMap((m) => m.body.flatMap((n) => (n.kind === "excerpt" ? [n.sourceId] : []))))];
  const ids = cited.filter((id) => library.entry(id));
  const elsewhere = cited.filter((id) => !library.entry(id));
  const added = elsewhere.length > 0 ? addedSources(requestId, elsewhere) : Promise.resolve([]);
  let done = 0;
  const bundled = Promise.all(
    ids.map(async (id) => {
      const source = await library.open(id);
      onLoaded(++done, ids.length);
      return source;
    }),
  );
  return [...(await bundled), ...(await added)];
}

/** Asks the page for the sources among `ids` it added; those it does not have stay unknown. */
function addedSources(requestId: number, ids: string[]): Promise<Source[]> {
  return new Promise((resolve) => {
    awaitingSources.set(requestId, resolve);
    post({ id: requestId, kind: "sources-wanted", ids });
  });
}

async function loadTemplate(id: string): Promise<HandoutTemplate> {
  const path = `../../templates/handouts/${id}.yaml`;
  const read = templateFiles[path];
  if (!read) {
    const known = Object.keys(templateFiles).map((p) => p.slice(p.lastIndexOf("/") + 1, -".yaml".length));
    throw new Error(`The session asks for the handout template “${id}”, which does not exist (templates: ${known.join(", ")}).`);
  }
  return parseHandoutTemplate(await read(), `templates/handouts/${id}.yaml`);
}

type PdfMake = typeof import("pdfmake/build/pdfmake");
let pdfMakeLoaded: Promise<PdfMake> | undefined;

/** pdfmake's browser build and its Roboto fonts, loaded on the first export only. */
function loadPdfMake(): Promise<PdfMake> {
  pdfMakeLoaded ??= Promise.all([import("pdfmake/build/pdfmake"), import("pdfmake/build/vfs_fonts")]).then(([module, fonts]) => {
    // Both are CommonJS: the instance and the font table are their default exports.
    const pdfMake = ((module as { default?: PdfMake }).default ?? module) as PdfMake;
    pdfMake.addVirtualFileSystem(fonts.default);
    pdfMake.setUrlAccessPolicy(() => false); // a handout never fetches anything
    return pdfMake;
  });
  pdfMakeLoaded.catch(() => (pdfMakeLoaded = undefined));
  return pdfMakeLoaded;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
