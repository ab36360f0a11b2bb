import { readFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations } from "./axe.ts";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { root, shots, startApp, type AppBrowser } from "./app-browser.ts";

/** How many excerpts a shipped module has, counted in its file (the content changes; the check does not). */
const excerptsIn = (id: string): number => readFileSync(join(root, "modules", `${id}.md`), "utf8").match(/^:::excerpt /gm)!.length;
/** "N excerpts: N verified, …" for a shipped module. */
const allVerified = (id: string): string => {
  const n = excerptsIn(id);
  return `${n} excerpts: ${n} verified, 0 rejected, 0 source changed, 0 with cautions`;
};

// Review mode alone (tests/e2e/harness/review-page.html) over the real module store (IndexedDB, a fresh
// profile per test) and the bundled library, or one whose UN report was revised (&library=edited).
let app: AppBrowser;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function open(query: string, context?: BrowserContext): Promise<Opened> {
  context ??= await app.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${app.baseUrl}tests/e2e/harness/review-page.html?${query}`);
  await page.locator("sb-review h1").waitFor();
  return { context, page, problems };
}

const moduleView = (page: Page, id: string) => page.locator(`sb-review-module[data-module="${id}"]`);
const counts = (module: Locator) => module.locator("header .counts");
const items = (module: Locator) => module.locator("sb-review-item");
const decision = (module: Locator) => module.locator("sb-review-decision");

/** Waits until every excerpt of the module has been checked; returns the counts line. */
async function checked(module: Locator): Promise<string> {
  await module.locator("header .counts:not(.checking)").waitFor({ timeout: 30_000 });
  return (await counts(module).innerText()).replace(/\s+/g, " ").trim();
}

/** The words marked in an excerpt's passage, without the words said only to screen readers. */
function markedWords(item: Locator): Promise<string[]> {
  return item.locator("mark").evaluateAll((marks) =>
    marks.map((m) =>
      [...m.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(""),
    ),
  );
}

/** Today as the reviewer's browser says it (YYYY-MM-DD, local time). */
function today(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
}

/** What has focus, through the shadow roots: tag, id and text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} ${(el.textContent ?? "").trim()}`.trim() : "";
  });
}

describe("review mode", () => {
  test("a shipped module: every excerpt verified beside its marked passage; approved with a name, kept after a reload", async () => {
    const { context, page, problems } = await open("module=child-sensitive-interviewing");
    const module = moduleView(page, "child-sensitive-interviewing");
    // The shipped module acknowledges its cautions: none is left to check, and each still shows, marked acknowledged.
    expect(await checked(module)).toBe(allVerified("child-sensitive-interviewing"));
    expect(await page.locator("sb-review h1").innerText()).toBe("Interviewing child victims and taking their statements without harm");
    expect(await module.locator(".group[role=heading]").allInnerTexts()).toEqual([
      `Verified (${excerptsIn("child-sensitive-interviewing")})`,
    ]);
    const acknowledged = [
      ...readFileSync(join(root, "modules", "child-sensitive-interviewing.md"), "utf8").matchAll(/ acknowledge=([\w,-]+)/g),
    ];
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(await module.locator("li.caution[data-acknowledged]").count()).toBe(acknowledged.flatMap((m) => m[1]!.split(",")).length);
    expect(await module.locator("li.caution:not([data-acknowledged])").count()).toBe(0);
    // Every excerpt has its passage with the quoted words marked, and its verdict.
    expect(await items(module).count()).toBe(excerptsIn("child-sensitive-interviewing"));
    for (let i = 0; i < excerptsIn("child-sensitive-interviewing"); i++) {
      const item = items(module).nth(i);
      expect(await item.locator("mark.quote").count(), `excerpt ${i + 1} has marked words`).toBeGreaterThan(0);
      expect(await item.locator("sb-verdict-badge").getAttribute("status")).toBe("verified");
    }
    // The first excerpt (para. 75, no elision, no caution): the marked words are the quote's words.
    const first = module.locator('sb-review-item[group="verified"]').first();
    expect(await first.locator(".heading[role=heading]").innerText()).toContain(
      `Excerpt 1 of ${excerptsIn("child-sensitive-interviewing")}`,
    );
    const quote = (await first.locator(".quote blockquote").innerText()).replace(/\s+/g, " ");
    expect((await markedWords(first)).join(" ").replace(/\s+/g, " ")).toBe(quote);
    expect(await first.locator("figcaption").nth(1).innerText()).toBe("In the source: UN Special Rapporteur (2013), para. 75");
    expect(await first.locator("a", { hasText: "Open in reader" }).getAttribute("href")).toBe("#/source/un-hrc-25-48-add1/para.%2075");
    // A locator with a space and a pilcrow is encoded as one path part.
    const tip = items(module).filter({ hasText: "U.S. Department of State (2016), Protection ¶2" }).first();
    expect(await tip.locator("a", { hasText: "Open in reader" }).getAttribute("href")).toBe(
      `#/source/us-tip-2016-kg/${encodeURIComponent("Protection ¶2")}`,
    );

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/review-module-1280.png` });

    // Approve: the name is required first; then saved, and said in words.
    const form = decision(module);
    await form.locator("button.approve").click();
    await expect.poll(() => form.locator("#name-error").innerText()).toContain("Give your name");
    expect(await focused(page)).toMatch(/^input#name/);
    await form.locator("#name").fill("Ana Petrova");
    await form.locator("button.approve").click();
    const day = await today(page);
    await expect.poll(() => form.locator(".save").innerText()).toBe(`Saved: approved by Ana Petrova on ${day}.`);
    await expect.poll(() => module.locator(".state").innerText()).toBe(`Review state: Approved by Ana Petrova on ${day}`);
    await page.screenshot({ path: `${shots}/review-approved-1280.png`, fullPage: false });
    expect(
      await page.evaluate(() =>
        (window as unknown as { harness: { text(id: string): string } }).harness.text("child-sensitive-interviewing"),
      ),
    ).toContain(`review:\n  status: approved\n  reviewer: Ana Petrova\n  date: ${day}\n---`);

    // After a reload: the module's review state is read back from the store; the name is remembered.
    await page.reload();
    const again = moduleView(page, "child-sensitive-interviewing");
    await expect.poll(() => again.locator(".state").innerText()).toBe(`Review state: Approved by Ana Petrova on ${day}`);
    expect(await decision(again).locator("#name").inputValue()).toBe("Ana Petrova");
    expect(problems).toEqual([]);
    await context.close();
  });

  test("request changes: a comment is required; with one the module reads changes-requested", async () => {
    const { context, page, problems } = await open("module=non-punishment");
    const module = moduleView(page, "non-punishment");
    expect(await checked(module)).toBe(allVerified("non-punishment"));
    const form = decision(module);
    await form.locator("#name").fill("Bakyt Osmonov");
    await form.locator("button.request").click();
    await expect.poll(() => form.locator("#comment-error").innerText()).toContain("a comment is required");
    expect(await focused(page)).toMatch(/^textarea#comment/);
    expect(await form.locator(".save").innerText()).toBe("");
    await form.locator("#comment").fill("Add the 2016 TIP report's finding on detention.");
    await form.locator("button.request").click();
    const day = await today(page);
    await expect.poll(() => form.locator(".save").innerText()).toBe(`Saved: changes requested by Bakyt Osmonov on ${day}.`);
    await page.reload();
    const again = moduleView(page, "non-punishment");
    await expect
      .poll(() => again.locator(".state").innerText())
      .toBe(`Review state: Changes requested by Bakyt Osmonov on ${day} — “Add the 2016 TIP report's finding on detention.”`);
    expect(
      await page.evaluate(() => (window as unknown as { harness: { text(id: string): string } }).harness.text("non-punishment")),
    ).toMatch(/status: changes-requested/);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("an altered quote is listed first with its diff and closest passage; approving asks first and says why (by keyboard)", async () => {
    const { context, page, problems } = await open("module=altered-quotes");
    const module = moduleView(page, "altered-quotes");
    expect(await checked(module)).toBe("2 excerpts: 1 verified, 1 rejected, 0 source changed, 0 with cautions");
    expect(await module.locator(".group[role=heading]").allInnerTexts()).toEqual(["Rejected (1)", "Verified (1)"]);
    const first = items(module).first();
    expect(await first.getAttribute("group")).toBe("rejected");
    expect(await first.locator(".heading[role=heading]").innerText()).toContain("Excerpt 2 of 2");
    // The word diff and the closest passage, with the source's words marked.
    expect(await first.locator("sb-verdict-badge .badge").innerText()).toContain('Rejected — altered: Altered from para. 14: "20" → "30".');
    expect(await first.locator("sb-verdict-badge del").innerText()).toContain("20");
    expect(await first.locator("sb-verdict-badge ins").innerText()).toContain("30");
    expect(await first.locator("figcaption").nth(1).innerText()).toBe(
      "Closest passage in the source: UN Special Rapporteur (2013), para. 14",
    );
    expect(await markedWords(first)).toEqual(["as many as 20 per cent of prostitutes working in Bishkek are minors"]);
    expect(await first.locator("a", { hasText: "Open in reader" }).getAttribute("href")).toBe("#/source/un-hrc-25-48-add1/para.%2014");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/review-altered-1280.png`, fullPage: true });

    // Keyboard only: name, then Approve → the confirmation, focused on Cancel; Enter cancels.
    const form = decision(module);
    await form.locator("#name").focus();
    await page.keyboard.type("Ana Petrova");
    await page.keyboard.press("Tab"); // comment
    await page.keyboard.press("Tab"); // Approve
    expect(await focused(page)).toBe("button Approve");
    await page.keyboard.press("Enter");
    const dialog = form.locator("dialog");
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator("h2").innerText()).toBe("Approve with 1 rejected excerpt?");
    expect(await dialog.innerText()).toContain("does not say what the source says");
    expect(await dialog.locator("li").innerText()).toContain(
      'Excerpt 2 (UN Special Rapporteur (2013), para. 14): Altered from para. 14: "20" → "30".',
    );
    expect(await focused(page)).toBe("button Cancel");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/review-confirm-1280.png` });
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect(await focused(page)).toBe("button Approve");
    expect(await form.locator(".save").innerText()).toBe("");
    // Again, and this time approve anyway.
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    // On a small phone the confirmation fits the screen, so both its buttons can be reached.
    await page.setViewportSize({ width: 360, height: 640 });
    const onPhone = (await dialog.boundingBox())!;
    expect(Math.min(onPhone.x, onPhone.y)).toBeGreaterThanOrEqual(0);
    expect(onPhone.x + onPhone.width).toBeLessThanOrEqual(360);
    expect(onPhone.y + onPhone.height).toBeLessThanOrEqual(640);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("button Approve anyway");
    await page.keyboard.press("Enter");
    await expect.poll(() => form.locator(".save").innerText()).toMatch(/^Saved: approved by Ana Petrova on /);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await first.screenshot({ path: `${shots}/review-altered-item-390.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a TIP excerpt cut from its 'According to …' lead-in: grouped before plain verified ones, its caution shown with the lead-in marked apart from the quoted words", async () => {
    const { context, page, problems } = await open("module=cautioned-quotes");
    const module = moduleView(page, "cautioned-quotes");
    expect(await checked(module)).toBe("3 excerpts: 3 verified, 0 rejected, 0 source changed, 1 with cautions");
    expect(await module.locator(".group[role=heading]").allInnerTexts()).toEqual(["Verified, with cautions to check (1)", "Verified (2)"]);
    const first = items(module).first();
    expect(await first.getAttribute("group")).toBe("cautioned");
    expect(await first.locator(".heading[role=heading]").innerText()).toContain(
      "Excerpt 2 of 3 · U.S. Department of State (2016), Protection ¶2",
    );
    // The caution: its kind in words, its message, not acknowledged.
    const caution = first.locator("li.caution");
    expect(await caution.count()).toBe(1);
    expect((await caution.locator(".caution-head").innerText()).replace(/\s+/g, " ")).toBe(
      "⚠ Attributed to someone else (attribution) — not acknowledged: its handouts print as DRAFT",
    );
    expect(await caution.locator(".message").innerText()).toBe(
      'The source attributes this to the 2013 UN special rapporteur report ("According to the 2013 UN special rapporteur report, …").',
    );
    // The lead-in is marked as the words that raised it, apart from the quoted words, and a screen reader is told which is which.
    expect((await first.locator("mark.caution").allInnerTexts()).map((t) => t.replace(/\s+/g, " "))).toEqual([
      "words that raised a caution: According to the 2013 UN special rapporteur report, (end of caution words)",
    ]);
    expect(await first.locator("mark.quote mark.caution").count()).toBe(0);
    expect((await first.locator("mark.quote").innerText()).replace(/\s+/g, " ")).toBe(
      "quoted words: Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution (end)",
    );
    // Not colour alone: the caution words are underlined (dashed), the quoted words are not; a legend says which is which.
    const underline = (selector: string) =>
      first
        .locator(selector)
        .first()
        .evaluate((m) => getComputedStyle(m).borderBottomStyle);
    expect(await underline("mark.caution")).toBe("dashed");
    expect(await underline("mark.quote")).toBe("none");
    expect(await first.locator(".legend .swatch").allInnerTexts()).toEqual(["quoted words", "words that raised a caution"]);
    expect(await underline(".legend .swatch.caution")).toBe("dashed");
    // The acknowledged one is with the plain verified excerpts, and says so.
    const acknowledged = module.locator("sb-review-item", { hasText: "Prosecution ¶4" });
    expect(await acknowledged.getAttribute("group")).toBe("verified");
    expect(await acknowledged.locator(".caution-head").innerText()).toContain("acknowledged in the module");
    expect(await acknowledged.locator("li.caution[data-acknowledged]").count()).toBe(1);
    // The plain one has no caution and no legend.
    const plain = module.locator("sb-review-item", { hasText: "para. 75" });
    expect(await plain.locator("li.caution, .legend, mark.caution").count()).toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/review-cautions-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await first.screenshot({ path: `${shots}/review-cautions-item-390.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a source that changed since verification: its excerpts are listed first, with their new locator", async () => {
    const { context, page, problems } = await open("module=child-sensitive-interviewing&library=edited");
    const module = moduleView(page, "child-sensitive-interviewing");
    const line = await checked(module);
    // Every excerpt of the UN report is in a passage from para. 21 on, so each one moved.
    const un = await module
      .locator("sb-review-item")
      .evaluateAll(
        (els) =>
          els.filter((e) => (e as unknown as { item: { excerpt: { sourceId: string } } }).item.excerpt.sourceId === "un-hrc-25-48-add1")
            .length,
      );
    expect(line).toContain(`${un} source changed`);
    expect(un).toBeGreaterThan(0);
    const headings = await module.locator(".group[role=heading]").allInnerTexts();
    expect(headings[0]).toBe(`Source changed since verified (${un})`);
    const first = items(module).first();
    expect(await first.getAttribute("group")).toBe("changed");
    expect(await first.locator(".change-head").innerText()).toBe(
      "Source changed since this excerpt was verified: relocated — now at para. 76.",
    );
    expect(await first.locator(".change").innerText()).toContain("Relocated: the words moved from para. 75 to para. 76.");
    expect(await first.locator("figcaption").nth(1).innerText()).toBe("In the source: UN Special Rapporteur (2013), para. 76");
    expect(await first.locator("a", { hasText: "Open in reader" }).getAttribute("href")).toBe("#/source/un-hrc-25-48-add1/para.%2076");
    // The other sources did not change: their excerpts are verified, after the changed ones.
    const groups = await items(module).evaluateAll((els) => els.map((e) => e.getAttribute("group")));
    expect(groups.slice(0, un).every((g) => g === "changed")).toBe(true);
    expect(groups.slice(un).every((g) => g !== "changed")).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/review-source-changed-1280.png` });
    await first.screenshot({ path: `${shots}/review-source-changed-item-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await first.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/review-source-changed-390.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a whole session: each of its modules, with a list to jump to each; works at 390 px", async () => {
    const context = await app.newContext();
    const { page, problems } = await open("session=police-induction", context);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator("sb-review h1").innerText()).toBe(
      "Child victims of sexual exploitation — induction for police investigators",
    );
    const listed = page.locator("sb-review nav li");
    const ids = await page.locator("sb-review-module").evaluateAll((els) => els.map((e) => e.getAttribute("data-module")));
    expect(ids.length).toBeGreaterThan(1);
    expect(await listed.count()).toBe(ids.length);
    for (const id of ids) await checked(moduleView(page, id!));
    await page.screenshot({ path: `${shots}/review-session-390.png` });
    // Jump to the last module from the list: focus lands on its title.
    const last = moduleView(page, ids[ids.length - 1]!);
    await listed.last().locator("button").click();
    expect(await focused(page)).toBe(`h2#title ${await last.locator("h2#title").innerText()}`);
    // No horizontal scrolling at 390 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await last.locator("sb-review-decision").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/review-decision-390.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a list of modules (no session store needed): each reviewed under a heading of its own", async () => {
    const { context, page, problems } = await open("modules=altered-quotes,non-punishment");
    expect(await page.locator("sb-review h1").innerText()).toBe("2 modules");
    expect(await checked(moduleView(page, "altered-quotes"))).toBe("2 excerpts: 1 verified, 1 rejected, 0 source changed, 0 with cautions");
    expect(await checked(moduleView(page, "non-punishment"))).toBe(allVerified("non-punishment"));
    expect(await page.locator("sb-review nav li .meta").first().innerText()).toBe(
      "In review · 1 verified, 1 rejected, 0 source changed, 0 with cautions",
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});
