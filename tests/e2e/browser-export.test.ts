import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Locator, Page, Worker } from "playwright-core";
import { preview } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { measureBundle } from "../../bench/bundle-size.ts";
import { buildHandout, EDITIONS, type Edition } from "../../src/core/handout/build-handout.ts";
import { printedCitation } from "../../src/core/handout/printed-citation.ts";
import { plural } from "../../src/core/text/plural.ts";
import { printed, sources, starterSession, template } from "../core/handout/fixtures.ts";
import { flat, readPdf, type PdfText } from "../pdf-text.ts";
import { root, shots, startApp, type AppBrowser } from "./app-browser.ts";
import { buildHarness, longestTasks, seriousViolations, TRACE_CATEGORIES } from "./harness/export-measure.ts";

// Printing handouts from the browser: the panel, the worker, the PDF that downloads, and what stays off the main thread.
let app: AppBrowser;
const HARNESS = "tests/e2e/harness/export-panel.html";
const downloads = mkdtempSync(join(tmpdir(), "sb-export-"));
beforeAll(async () => (app = await startApp()));
afterAll(async () => {
  await app?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const SESSION = "police-induction";
const police = starterSession(SESSION);
const policeModules = police.slots.flatMap((s) => (s.kind === "module" ? [s.module] : []));
const panelOf = (page: Page) => page.locator("sb-export-panel");
const text = async (l: Locator) => ((await l.count()) ? ((await l.first().textContent()) ?? "").replace(/\s+/g, " ").trim() : "");

/** The harness page, the draft state worked out; page errors and console errors collected. */
async function openPanel(context: BrowserContext, baseUrl = app.baseUrl): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${baseUrl}${HARNESS}`);
  await panelOf(page).locator(".draft, .final, .problem-box").first().waitFor();
  return { page, problems };
}

/** What ran on the page's threads while it was watched: the longest tasks in ms, from Chromium's trace and from the Long Tasks API. */
interface MainThread {
  longestMainTask: number;
  longestWorkerTask: number;
  /** Tasks over 50 ms the page's own PerformanceObserver saw. */
  longTasks: number[];
}

interface Printed {
  pdf: PdfText;
  bytes: Buffer;
  fileName: string;
  main: MainThread;
}

/** Chooses an edition and paper, presses Print and reads back the PDF that downloads; the page's threads are traced meanwhile. */
async function print(page: Page, edition: Edition, paper: "a4" | "letter" = "a4"): Promise<Printed> {
  const panel = panelOf(page);
  await panel.locator(`input[name=edition][value=${edition}]`).check();
  await panel.locator(`input[name=paper][value=${paper}]`).check();
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.evaluate(() => window.exportHarness.watchLongTasks());
  const download = page.waitForEvent("download");
  await panel.locator("button.print").click();
  // No screenshot here: taking one makes the page's main thread wait for the compositor.
  await page.getByRole("progressbar", { name: "Printing progress" }).waitFor();
  const file = await download;
  const longTasks = await page.evaluate(() => window.exportHarness.stopWatching());
  const tasks = longestTasks(await browser.stopTracing(), HARNESS);
  const path = join(downloads, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  await panel.locator(".outcome", { hasText: "Downloaded" }).waitFor();
  const bytes = readFileSync(path);
  return {
    pdf: await readPdf(new Uint8Array(bytes)),
    bytes,
    fileName: file.suggestedFilename(),
    main: { longestMainTask: tasks.main, longestWorkerTask: tasks.worker, longTasks },
  };
}

/** Speed is measured, not asserted: the figure goes to the test's output. */
function reportMainThread(label: string, main: MainThread): void {
  console.log(
    `longest main-thread task during export${label}: ${main.longestMainTask.toFixed(1)} ms ` +
      `(Chromium trace; Long Tasks API saw ${main.longTasks.length ? main.longTasks.map((t) => `${t.toFixed(0)} ms`).join(", ") : "no task over 50 ms"}; ` +
      `longest task in the worker: ${main.longestWorkerTask.toFixed(0)} ms)`,
  );
}

describe("printing from the export panel", () => {
  test("the police starter's participant handout: DRAFT reasons before printing, progress, and a PDF with the quotes and citations and no trainer note", async () => {
    const context = await app.newContext();
    const { page, problems } = await openPanel(context);
    const panel = panelOf(page);
    // Before printing, the trainer sees why it will be a DRAFT: every module of the starter is a draft. The shipped
    // excerpts acknowledge their cautions, so none is a reason.
    await expect.poll(() => panel.locator(".draft li", { hasText: "is draft, not approved." }).count()).toBe(3);
    expect(await panel.locator(".draft li", { hasText: "has an unacknowledged caution" }).count()).toBe(0);
    const reasons = await panel.locator(".draft li").count();
    const draft = await text(panel.locator(".draft"));
    expect(draft).toMatch(/^This handout will print as a DRAFT because:/);
    for (const m of policeModules) expect(draft).toContain(`Module “${m.meta.title}” is draft, not approved.`);
    // The library's permissions file (bundled, as the CLI reads it) has no permission from ECPAT, whose report the starter quotes.
    expect(draft).toMatch(
      /ECPAT International \(2012\) requires permission to reproduce; \d+ quotes, no permission on record in sources\/permissions\.yaml\./,
    );
    await page.screenshot({ path: `${shots}/export-panel-draft.png` });

    const { pdf, fileName, main } = await print(page, "participant", "a4");
    reportMainThread(" (dev server, first export: worker, sources and pdfmake loading)", main);
    expect(fileName).toBe("police-induction-participant.pdf");
    expect(await text(panel.locator(".outcome"))).toBe(
      `Downloaded police-induction-participant.pdf: ${pdf.numPages} pages, printed as a DRAFT (${reasons} reasons, listed above).`,
    );
    const stages = await page.evaluate(() => window.exportHarness.stages);
    for (const stage of [
      /^Loading sources \(\d of \d\)$/,
      /^Checking \d+ excerpts$/,
      /^Laying out page \d+ of \d+$/,
      /^Writing page \d+ of \d+$/,
    ]) {
      expect(
        stages.some((s) => stage.test(s)),
        `stage ${stage}`,
      ).toBe(true);
    }
    await page.screenshot({ path: `${shots}/export-panel-done.png` });

    // The quotes and their citations, as the same core builder checks them in Node; each quote whole on one page.
    const pages = pdf.pages.map(flat);
    const expected = buildHandout({ session: police, template: template(), edition: "participant", sources }).excerpts;
    expect(expected.length).toBeGreaterThan(30);
    for (const e of expected) {
      const quote = flat(e.node.quote.trim());
      expect(
        pages.some((p) => p.includes(quote)),
        `quote: ${quote.slice(0, 60)}`,
      ).toBe(true);
      expect(flat(pdf.text)).toContain(printedCitation(e).short);
    }
    const all = flat(pdf.text);
    expect(all).not.toContain("TRAINER NOTE");
    for (const m of policeModules)
      for (const n of m.body) if (n.kind === "trainer") expect(all).not.toContain(flat(n.body).split(" ").slice(0, 8).join(" "));
    expect(flat(pdf.pages[0]!)).toContain("DRAFT — not for distribution");
    expect(pdf.pages[0]).toContain("Participant handout · for police");
    // The kit's glossary and blank referral directory, and word for word what the CLI prints.
    expect(pages.some((p) => p.includes("Glossary The terms this session's modules use"))).toBe(true);
    expect(pages.some((p) => p.includes("Referral directory Fill in local services"))).toBe(true);
    expect(all).toBe(flat((await printed(SESSION, "participant", undefined, "shipped")).pdf.text));
    expect(await page.evaluate(() => window.exportHarness.exported.map((e) => [e.fileName, e.pages]))).toEqual([
      ["police-induction-participant.pdf", pdf.numPages],
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("the trainer guide, on US Letter, has the trainer notes; a second export reuses the worker", async () => {
    const context = await app.newContext();
    const { page, problems } = await openPanel(context);
    await print(page, "participant");
    const { pdf, bytes, fileName, main } = await print(page, "trainer", "letter");
    reportMainThread(" (dev server, second export: trainer guide)", main);
    expect(fileName).toBe("police-induction-trainer.pdf");
    const all = flat(pdf.text);
    expect(all).toContain("TRAINER NOTE");
    for (const m of policeModules)
      for (const n of m.body)
        if (n.kind === "trainer") expect(all).toContain(flat(n.body.replace(/[*_`]/g, "")).split(" ").slice(0, 6).join(" "));
    expect(pdf.pages[0]).toContain("Trainer guide · for police");
    expect(bytes.toString("latin1")).toMatch(/\/MediaBox \[0 0 612 792\]/);
    expect(all).toBe(flat((await printed(SESSION, "trainer", "letter", "shipped")).pdf.text));
    expect(page.workers()).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("the handout's language: English by default in an English interface; Russian when chosen, its DRAFT reasons in Russian before printing", async () => {
    const context = await app.newContext();
    const { page, problems } = await openPanel(context);
    const panel = panelOf(page);
    const languages = panel.getByRole("group", { name: "Handout language" });
    expect(await languages.getByRole("radio", { name: "English" }).isChecked()).toBe(true);
    await languages.getByRole("radio", { name: "Русский" }).check();
    // The reasons the cover will print, in the handout's language.
    await expect.poll(() => panel.locator(".draft li", { hasText: "— черновик, не одобрен." }).count()).toBe(3);
    const download = page.waitForEvent("download");
    await panel.locator("button.print").click();
    const file = await download;
    const path = join(downloads, `ru-${file.suggestedFilename()}`);
    await file.saveAs(path);
    const bytes = readFileSync(path);
    const pdf = await readPdf(new Uint8Array(bytes));
    expect(pdf.pages[1]).toContain("Содержание");
    expect(pdf.pages[0]).toContain(`Страница 1 из ${pdf.numPages}`);
    expect(flat(pdf.pages[0]!)).toContain("Раздаточный материал для участников · для сотрудников полиции");
    expect(bytes.toString("latin1")).toMatch(/\/Lang \(ru\)/);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("the panel offers every edition; the knowledge check and the evaluation form print as the CLI prints them", async () => {
    const context = await app.newContext();
    const { page, problems } = await openPanel(context);
    const offered = await panelOf(page)
      .locator("input[name=edition]")
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(offered).toEqual([...EDITIONS]);
    for (const edition of ["knowledge-check", "evaluation"] as const) {
      const { pdf, fileName } = await print(page, edition);
      expect(fileName).toBe(`police-induction-${edition}.pdf`);
      expect(flat(pdf.text)).toBe(flat((await printed(SESSION, edition)).pdf.text));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("the DRAFT rule in the panel", () => {
  test("the reasons go when every module used is approved (the PDF is final), and come back when a reviewer requests changes", async () => {
    const context = await app.newContext();
    const { page, problems } = await openPanel(context);
    const panel = panelOf(page);
    const ids = await page.evaluate((s) => window.exportHarness.modulesOf(s), SESSION);
    const titles = new Map(policeModules.map((m) => [m.meta.id, m.meta.title]));
    // An unacknowledged caution is a DRAFT reason of its own: the author acknowledges them first.
    await page.evaluate((ids) => window.exportHarness.acknowledgeCautions(ids), ids);

    await page.evaluate((ids) => window.exportHarness.review(ids.slice(0, 2), "approved"), ids);
    await expect.poll(() => panel.locator(".draft li").count()).toBe(2);
    expect(await text(panel.locator(".draft li"))).toBe(`Module “${titles.get(ids[2]!)}” is draft, not approved.`);

    // Every module approved: the participant handout still quotes ECPAT's report without a permission on record.
    await page.evaluate((ids) => window.exportHarness.review([ids[2]!], "approved"), ids);
    await expect
      .poll(() => panel.locator(".draft li").allInnerTexts())
      .toEqual([expect.stringMatching(/^ECPAT International \(2012\) requires permission to reproduce;/)]);
    // The pocket card prints no quotes: choosing it, the panel asks again and the card is final.
    await panel.locator("input[name=edition][value=card]").check();
    await panel.locator(".final").waitFor();
    expect(await text(panel.locator(".final"))).toBe(
      "This handout will print as final: every module is approved and every excerpt is verified.",
    );
    await page.screenshot({ path: `${shots}/export-panel-final.png` });
    const { pdf } = await print(page, "card");
    expect(pdf.text).not.toContain("DRAFT");
    expect(await text(panel.locator(".outcome"))).toBe(`Downloaded police-induction-card.pdf: ${plural(pdf.numPages, "page")}, final.`);

    await page.evaluate((ids) => window.exportHarness.review([ids[1]!], "changes-requested", "Cite para. 75 in full."), ids);
    await panel.locator(".draft").waitFor();
    expect(await text(panel.locator(".draft li"))).toBe(`Module “${titles.get(ids[1]!)}” has changes requested, not approved.`);
    const again = await print(page, "card");
    expect(flat(again.pdf.text)).toContain("DRAFT");
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("cancel and errors", () => {
  test("Cancel ends the worker mid-export: no download, the panel is ready again, and the next export works", async () => {
    const context = await app.newContext();
    const { page, problems } = await openPanel(context);
    const panel = panelOf(page);
    const workers: Worker[] = [];
    page.on("worker", (w) => workers.push(w));
    let downloaded = 0;
    page.on("download", () => downloaded++);
    workers.push(...page.workers()); // the worker that worked out the DRAFT reasons
    expect(workers.length).toBe(1);
    const closed = new Promise((resolve) => workers[0]!.once("close", resolve));

    await panel.locator("button.print").click();
    const cancel = panel.getByRole("button", { name: "Cancel" });
    await cancel.waitFor();
    await expect.poll(() => text(panel.locator(".stage"))).toMatch(/^(Loading|Checking|Laying|Writing)/);
    expect(await page.evaluate(() => document.querySelector("sb-export-panel")!.shadowRoot!.activeElement?.textContent)).toBe("Cancel");
    await page.screenshot({ path: `${shots}/export-panel-progress.png` });
    await cancel.click();
    await closed;
    await expect.poll(() => text(panel.locator(".outcome"))).toBe("Printing cancelled; nothing was downloaded.");
    expect(await panel.locator("progress").count()).toBe(0);
    expect(await panel.locator("button.print").isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.querySelector("sb-export-panel")!.shadowRoot!.activeElement?.className)).toBe("print");
    await page.screenshot({ path: `${shots}/export-panel-cancelled.png` });

    const { pdf } = await print(page, "participant");
    expect(pdf.numPages).toBeGreaterThan(10);
    expect(downloaded).toBe(1);
    expect(workers.length).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a session that cannot be printed says why, in words a trainer can act on", async () => {
    const context = await app.newContext();
    const { page, problems } = await openPanel(context);
    const panel = panelOf(page);
    const setAgenda = (agenda: object[]) =>
      page.evaluate(
        async ([id, agenda]) => {
          const { sessions } = window.exportHarness;
          await sessions.update(id as string, { ...sessions.get(id as string)!, agenda: agenda as never });
        },
        [SESSION, agenda] as const,
      );
    const title = police.session.title;

    await setAgenda([{ module: "no-such-module", minutes: 30 }, ...police.session.agenda]);
    await expect
      .poll(() => text(panel.locator(".problem-box")))
      .toBe(
        `This session cannot be printed yet. “${title}” cannot be printed: agenda item 1 names the module “no-such-module”, which is not in the module library.`,
      );
    await panel.locator("button.print").click();
    await expect.poll(() => text(panel.getByRole("alert"))).toBe("Nothing was printed: correct the problem above and print again.");
    await page.screenshot({ path: `${shots}/export-panel-error.png` });

    await setAgenda([{ module: "non-punishment", sections: ["Nothing like this"], minutes: 30 }]);
    await expect
      .poll(() => text(panel.locator(".problem-box")))
      .toMatch(
        /agenda item 1: "non-punishment" has no section "Nothing like this" \(sections: "Prostitution was not an offence: what the reports said", .*"Key points"\)\.$/,
      );

    await page.evaluate(async ([id, session]) => window.exportHarness.sessions.update(id, { ...session, handout: "no-such-template" }), [
      SESSION,
      police.session,
    ] as const);
    await expect
      .poll(() => text(panel.locator(".problem-box")))
      .toBe(
        "This session cannot be printed yet. The session asks for the handout template “no-such-template”, which does not exist (templates: default, us-letter).",
      );

    const broken = await page.evaluate(
      async ([id]) => {
        const { sessions, modules, exporter } = window.exportHarness;
        const text = modules.text("non-punishment")!.replace(/\ntitle: .*\n/, "\n");
        const job = {
          session: sessions.get(id!)!,
          modules: { "non-punishment": text },
          edition: "participant" as const,
          paper: "a4" as const,
        };
        return exporter
          .export(job, () => {})
          .then(
            () => "printed",
            (e: Error) => e.message,
          );
      },
      [SESSION],
    );
    expect(broken).toMatch(/^Module “non-punishment” has errors; correct them and print again: non-punishment\.md:\d+: title: is missing$/);

    await page.evaluate(async ([id, session]) => window.exportHarness.sessions.update(id, session), [SESSION, police.session] as const);
    await panel.locator(".draft").waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
  test("a session given to the panel directly (no session store entry) prints under a name made from its title", async () => {
    const context = await app.newContext();
    const { page, problems } = await openPanel(context);
    const panel = panelOf(page);
    await page.evaluate(() => window.exportHarness.acknowledgeCautions(["child-sensitive-interviewing"]));
    await page.evaluate((session) => {
      const element = document.querySelector("sb-export-panel")!;
      element.sessionId = "";
      element.session = {
        ...session,
        title: "Hearing children: a refresher",
        agenda: [{ module: "child-sensitive-interviewing", minutes: 90 }],
      };
    }, police.session);
    await expect.poll(() => text(panel.locator(".lead"))).toBe("Hearing children: a refresher");
    // The module is a draft, and it quotes ECPAT's report, whose permission is not on record.
    await expect.poll(() => panel.locator(".draft li").count()).toBe(2);
    expect(await panel.locator(".draft li", { hasText: "requires permission to reproduce" }).count()).toBe(1);
    const { pdf, fileName } = await print(page, "card");
    expect(fileName).toBe("hearing-children-a-refresher-card.pdf");
    expect(flat(pdf.text)).toContain("Hearing children: a refresher");
    expect(problems).toEqual([]);
    await context.close();
  });
});

test("keyboard only at 390 px, and no serious axe violation at 1280 or 390 px", async () => {
  const context = await app.newContext();
  const { page, problems } = await openPanel(context);
  const panel = panelOf(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.locator("input[value=participant]").focus();
  await page.keyboard.press("ArrowDown");
  expect(await panel.locator("input[value=trainer]").isChecked()).toBe(true);
  expect(await text(panel.locator("button.print"))).toBe("Print trainer guide");
  await page.keyboard.press("Tab"); // the paper
  await page.keyboard.press("ArrowDown");
  expect(await panel.locator("input[value=letter]").isChecked()).toBe(true);
  await page.keyboard.press("Tab"); // the handout's language, English as the interface
  expect(await panel.locator("input[name=language]:checked").evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(
    true,
  );
  await page.keyboard.press("Tab");
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toBe("police-induction-trainer.pdf");
  await panel.locator(".outcome", { hasText: "Downloaded" }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/export-panel-390.png`, fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
  await context.close();
});

describe("bundles", () => {
  test("pdfmake stays out of the app's first screen; in a production build the panel loads no pdfmake, the worker loads it lazily, and printing works", async () => {
    const report = await measureBundle(root);
    console.log(`app initial JavaScript: ${(report.initialGzip / 1024).toFixed(1)} KB gzipped; pdfmake in it: ${report.pdfmakeInInitial}`);
    expect(report.pdfmakeInInitial).toBe(false);
    expect(report.initialGzip).toBeLessThanOrEqual(150 * 1024);

    // The harness built as the app would be, with the exporter imported up front by the page.
    const built = await buildHarness(root, HARNESS);
    try {
      expect(built.initial.filter(built.holdsPdfmake)).toEqual([]);
      expect(built.workers).toHaveLength(1);
      const worker = built.workers[0]!;
      expect(worker).toMatch(/handout-worker/);
      expect(built.holdsPdfmake(worker)).toBe(false);
      const pdfmakeChunks = built.chunks.filter(built.holdsPdfmake);
      expect(pdfmakeChunks.length).toBeGreaterThan(0);
      for (const f of [worker, ...pdfmakeChunks, ...built.initial])
        console.log(
          `chunk ${f}: ${(readFileSync(join(built.outDir, f)).length / 1024).toFixed(0)} KB, ${(built.gzip(f) / 1024).toFixed(1)} KB gzipped`,
        );

      // The production worker, its chunks and pdfmake's CommonJS default export, under the app's CSP.
      const server = await preview({
        root,
        configFile: join(root, "vite.config.ts"),
        logLevel: "error",
        build: { outDir: built.outDir },
        preview: { port: 0, host: "127.0.0.1", strictPort: false },
      });
      try {
        const context = await app.newContext();
        const { page, problems } = await openPanel(context, server.resolvedUrls!.local[0]!);
        const first = await print(page, "participant");
        reportMainThread(" (production build, first export)", first.main);
        const second = await print(page, "trainer");
        reportMainThread(" (production build, second export)", second.main);
        expect(flat(first.pdf.text)).toBe(flat((await printed(SESSION, "participant", undefined, "shipped")).pdf.text));
        expect(problems).toEqual([]);
        await context.close();
      } finally {
        await server.close();
      }
    } finally {
      rmSync(built.outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
