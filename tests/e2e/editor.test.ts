import { axeViolations } from "./axe.ts";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { shots, startApp, type AppBrowser } from "./app-browser.ts";

// The module editor alone (tests/e2e/harness/editor.html) over the real module store (IndexedDB, a fresh
// profile per test) and the real Verifier over the bundled sources; one test uses an in-memory store that fails writes.
let app: AppBrowser;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

interface Opened {
  page: Page;
  problems: string[];
}

async function open(moduleId = "sample", store: "idb" | "memory" = "idb"): Promise<Opened> {
  const context = await app.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${app.baseUrl}tests/e2e/harness/editor.html?module=${moduleId}&store=${store}`);
  await page.locator("sb-module-editor .bar").waitFor();
  return { page, problems };
}

const section = (page: Page, n: number) => page.locator(`sb-module-editor section.module-section[data-section="${n}"]`);
const saveState = (page: Page) => page.locator("sb-module-editor .bar .save");

/** The module as the store holds it, serialised and parsed again. */
function saved(page: Page, id = "sample") {
  return page.evaluate(
    (id) =>
      (
        window as unknown as {
          harness: {
            saved(id: string): { text: string; errors: string[]; module?: { meta: { title: string }; body: { kind: string }[] } };
          };
        }
      ).harness.saved(id),
    id,
  );
}

/** The kinds of the cards on screen, per section, in order. */
async function kindsBySection(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const editor = document.querySelector("sb-module-editor")!.shadowRoot!;
    return [...editor.querySelectorAll("section.module-section[data-section]")].map((s) =>
      [...s.querySelectorAll("sb-block-card")].map((c) => (c as unknown as { node: { kind: string } }).node.kind),
    );
  });
}

/** What has focus, through the shadow roots: the field's data-field and the kind of card it is in. */
async function focused(page: Page): Promise<{ field?: string; card?: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let card: string | undefined;
    while (el?.shadowRoot?.activeElement) {
      if (el.tagName === "SB-BLOCK-CARD") card = (el as unknown as { node: { kind: string } }).node.kind;
      el = el.shadowRoot.activeElement;
    }
    return { field: (el as HTMLElement | null)?.dataset.field, card };
  });
}

async function expectParses(page: Page, id = "sample") {
  const file = await saved(page, id);
  expect(file.errors).toEqual([]);
  expect(file.module).toBeDefined();
  return file;
}

async function addBlock(page: Page, sectionIndex: number, kindLabel: string): Promise<Locator> {
  const s = section(page, sectionIndex);
  const before = await s.locator("sb-block-card").count();
  await s.locator(`#add-kind-${sectionIndex}`).selectOption({ label: kindLabel });
  await s.locator(".add-block button").click();
  await expect.poll(() => s.locator("sb-block-card").count()).toBe(before + 1);
  return s.locator("sb-block-card").nth(before);
}

describe("module editor", () => {
  test("editing the title updates the store, and the save state says All changes saved", async () => {
    const { page, problems } = await open();
    await expect.poll(() => saveState(page).innerText()).toBe("All changes saved");
    const title = page.locator("sb-front-matter-form #title");
    await title.fill("");
    await title.pressSequentially("Questioning child victims safely", { delay: 5 });
    await expect.poll(async () => (await saved(page)).module?.meta.title).toBe("Questioning child victims safely");
    await expect.poll(() => page.locator("sb-module-editor h1").innerText()).toBe("Questioning child victims safely");
    await expect.poll(() => saveState(page).innerText()).toBe("All changes saved");
    expect(await saveState(page).getAttribute("aria-live")).toBe("polite");
    // A rule broken: said beside the field, and the store keeps the last good value.
    const minutes = page.locator("sb-front-matter-form #minutes");
    await minutes.fill("0");
    await minutes.blur();
    await expect
      .poll(() => page.locator("sb-front-matter-form #minutes-error").innerText())
      .toBe("Minutes must be a whole number above 0.");
    expect(await minutes.getAttribute("aria-invalid")).toBe("true");
    expect((await expectParses(page)).text).toContain("minutes: 45");
    await minutes.fill("50");
    await minutes.blur();
    await expect.poll(async () => (await saved(page)).text).toContain("minutes: 50");
    await expect.poll(() => page.locator("sb-front-matter-form #minutes-error").count()).toBe(0);
    await expect.poll(() => saveState(page).innerText()).toBe("All changes saved");
    // Objectives: add (focus goes to the new row), reorder, remove.
    const form = page.locator("sb-front-matter-form");
    await form.getByRole("button", { name: "Add objective" }).click();
    await page.keyboard.type("Refer the child to a social worker");
    await expect.poll(async () => (await saved(page)).text).toContain("  - Refer the child to a social worker\n");
    await form.getByRole("button", { name: "Move objective 3 up" }).click();
    await form.getByRole("button", { name: "Remove objective 1" }).click();
    await expect
      .poll(async () => (await saved(page)).text)
      .toContain("objectives:\n  - Refer the child to a social worker\n  - Plan a statement that protects the child\nreview:");
    // Export asks the app to download the module.
    await page.locator("sb-module-editor .actions button", { hasText: "Export" }).click();
    expect(await page.evaluate(() => (window as unknown as { harness: { exports: string[] } }).harness.exports)).toEqual(["sample"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a failed write is shown in words, and says the last good copy is kept", async () => {
    const { page, problems } = await open("sample", "memory");
    await page.evaluate(
      () => ((window as unknown as { harness: { store: { failWrites: string } } }).harness.store.failWrites = "The disk is full."),
    );
    await page.locator("sb-front-matter-form #title").fill("Questioning child victims again");
    await expect.poll(() => saveState(page).innerText()).toBe("Couldn't save: The disk is full. Your last saved copy is kept.");
    expect(await saveState(page).getAttribute("role")).toBe("status");
    await page.screenshot({ path: `${shots}/editor-save-error-1280.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a new Markdown note shows its preview as it is typed", async () => {
    const { page, problems } = await open();
    const note = await addBlock(page, 0, "Note");
    // The new card opens on its text, selected, so typing replaces the prompt.
    await expect.poll(() => focused(page)).toEqual({ field: "text", card: "markdown" });
    await page.keyboard.type("Ask **open** questions:\n\n- Tell me what happened\n- [UN report](https://www.ohchr.org)");
    const preview = note.locator("sb-markdown");
    await expect.poll(() => preview.locator("strong").innerText()).toBe("open");
    expect(await preview.locator("li").allInnerTexts()).toEqual(["Tell me what happened", "UN report"]);
    expect(await preview.locator("a").getAttribute("rel")).toBe("noopener noreferrer");
    // Leaving the field saves at once, without waiting for the pause in typing.
    await page.keyboard.type("\n\nLast line typed.");
    await page.keyboard.press("Tab");
    expect((await saved(page)).text).toContain("Last line typed.");
    const file = await expectParses(page);
    expect(file.text).toContain(
      "Read the excerpt aloud, then ask who has seen this.\n:::\n\nAsk **open** questions:\n\n- Tell me what happened\n",
    );
    expect(file.text).toContain("Last line typed.\n\n## What to do");
    // A line that would start a new section is refused, with the reason.
    await note.locator("textarea").fill("## Not a section");
    await note.locator("textarea").blur();
    await expect.poll(() => note.locator(".error").innerText()).toContain("would start a new section");
    expect((await expectParses(page)).text).not.toContain("## Not a section");
    await page.screenshot({ path: `${shots}/editor-note-1280.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  test("an excerpt shows Verified for the real quote, Rejected with the diff for a changed number", async () => {
    const { page, problems } = await open();
    const excerpt = section(page, 0).locator("sb-block-card").nth(1);
    const badge = excerpt.locator("sb-verdict-badge");
    await expect.poll(() => badge.getAttribute("status"), { timeout: 20_000 }).toBe("verified");
    expect(await badge.locator(".badge").innerText()).toBe("Verified at para. 75");
    // Read as a quotation; the fields open with Edit quote. The UN report says "as many as 20 per cent"; the quote says 30.
    expect(await excerpt.locator("blockquote").innerText()).toContain("Children are interrogated by police officers");
    await excerpt.locator("button.edit").click();
    expect(await focused(page)).toEqual({ field: "quote", card: "excerpt" });
    await excerpt.locator("#locator").fill("para. 14");
    await excerpt.locator("#quote").fill("as many as 30 per cent of prostitutes working in Bishkek are minors");
    await excerpt.locator("#quote").blur();
    await expect.poll(() => badge.getAttribute("status"), { timeout: 20_000 }).toBe("rejected");
    expect(await badge.locator(".badge").innerText()).toMatch(/^Rejected — altered: Altered from para\. 14: "20" → "30"\.$/);
    expect(await badge.locator("del").innerText()).toContain("20");
    expect(await badge.locator("ins").innerText()).toContain("30");
    expect(await badge.locator("figcaption").innerText()).toContain("para. 14");
    await expect.poll(() => page.locator("sb-module-editor .excerpts").innerText()).toBe("1 excerpt: 0 verified, 1 rejected");
    await excerpt.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/editor-excerpt-rejected-1280.png` });
    // Put the number right: verified again.
    await excerpt.locator("#quote").fill("as many as 20 per cent of prostitutes working in Bishkek are minors");
    await excerpt.locator("#quote").blur();
    await expect.poll(() => badge.getAttribute("status"), { timeout: 20_000 }).toBe("verified");
    expect((await expectParses(page)).text).toContain(':::excerpt un-hrc-25-48-add1 "para. 14"\nas many as 20 per cent');
    await excerpt.locator("button.edit").click();
    expect(await excerpt.locator("blockquote").innerText()).toBe("as many as 20 per cent of prostitutes working in Bishkek are minors");
    expect(await excerpt.locator("p.cite").innerText()).toBe("— UN Special Rapporteur (2013), para. 14");
    expect(await focused(page)).toEqual({ field: "edit", card: "excerpt" });
    expect(problems).toEqual([]);
    await page.close();
  });

  test("an excerpt with a caution shows it under its verdict; ticking it writes acknowledge= in the module, and undo takes it back", async () => {
    const { page, problems } = await open();
    const excerpt = section(page, 0).locator("sb-block-card").nth(1);
    const badge = excerpt.locator("sb-verdict-badge");
    await expect.poll(() => badge.getAttribute("status"), { timeout: 20_000 }).toBe("verified");
    expect(await excerpt.locator("sb-caution-list").count()).toBe(0);
    // The TIP report gives these words to the 2013 UN special rapporteur report, in the sentence before.
    await excerpt.locator("button.edit").click();
    await excerpt.locator("#sourceId").selectOption("us-tip-2016-kg");
    await excerpt.locator("#locator").fill("Protection ¶2");
    await excerpt
      .locator("#quote")
      .fill("Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution");
    await excerpt.locator("#quote").blur();
    await excerpt.locator("button.edit").click();
    const cautions = excerpt.locator("sb-caution-list");
    await cautions.locator("li.caution").waitFor({ timeout: 20_000 });
    expect(await badge.getAttribute("status")).toBe("verified");
    expect(await cautions.locator("li.caution p").innerText()).toBe(
      '⚠ Attributed to someone else: The source attributes this to the 2013 UN special rapporteur report ("According to the 2013 UN special rapporteur report, …").',
    );
    const box = cautions.getByLabel(/I have checked this: acknowledge it/);
    expect(await box.isChecked()).toBe(false);
    expect(await cautions.locator("label").innerText()).toContain("(the citation will say “citing the 2013 UN special rapporteur report”)");
    expect(await cautions.locator(".draft").innerText()).toContain("print as DRAFT");
    expect(await axeViolations(page)).toEqual([]);
    await excerpt.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/editor-excerpt-caution-1280.png` });

    await box.check();
    // Saving waits for the field's draft and the store; on a loaded machine that can take more than the default second.
    await expect
      .poll(async () => (await saved(page)).text, { timeout: 10_000 })
      .toContain(':::excerpt us-tip-2016-kg "Protection ¶2" acknowledge=attribution\n');
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await cautions.locator(".draft").innerText()).toContain("without DRAFT");
    await expectParses(page);
    // Undone like any edit.
    await page.locator("sb-module-editor .actions button", { hasText: "Undo" }).click();
    await expect.poll(async () => (await saved(page)).text, { timeout: 10_000 }).toContain(':::excerpt us-tip-2016-kg "Protection ¶2"\n');
    await expect.poll(() => box.isChecked()).toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });
    await excerpt.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await excerpt.screenshot({ path: `${shots}/editor-excerpt-caution-390.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  test("keyboard: Alt+Arrow moves a card, across sections too; focus follows and the move is announced", async () => {
    const { page, problems } = await open();
    expect(await kindsBySection(page)).toEqual([
      ["markdown", "excerpt", "trainer"],
      ["checklist", "keypoints"],
    ]);
    const trainer = section(page, 0).locator("sb-block-card").nth(2);
    await trainer.locator("button.handle").focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "trainer", "excerpt"],
        ["checklist", "keypoints"],
      ]);
    expect(await focused(page)).toEqual({ field: "handle", card: "trainer" });
    const announcement = page.locator("sb-module-editor .editor > p.sr");
    await expect.poll(() => announcement.innerText()).toBe("Moved trainer only to 2 of 3 in section 1, “What the reports found”.");
    // Down past the end of the section: into the next one; typing in a field moves with it too.
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowDown");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt"],
        ["trainer", "checklist", "keypoints"],
      ]);
    expect(await focused(page)).toEqual({ field: "handle", card: "trainer" });
    await expect.poll(() => announcement.innerText()).toBe("Moved trainer only to 1 of 3 in section 2, “What to do”.");
    await page.keyboard.press("Tab"); // from the handle to the Delete button, then to the text
    await page.keyboard.press("Tab");
    expect(await focused(page)).toEqual({ field: "body", card: "trainer" });
    await page.keyboard.press("Alt+ArrowDown");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt"],
        ["checklist", "trainer", "keypoints"],
      ]);
    expect(await focused(page)).toEqual({ field: "body", card: "trainer" });
    // The grab mode: Enter on the handle, arrows move, Escape drops.
    const keypoints = section(page, 1).locator("sb-block-card").nth(2);
    await keypoints.locator("button.handle").focus();
    await page.keyboard.press("Enter");
    expect(await keypoints.locator("button.handle").getAttribute("aria-pressed")).toBe("true");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Escape");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt"],
        ["keypoints", "checklist", "trainer"],
      ]);
    expect(await focused(page)).toEqual({ field: "handle", card: "keypoints" });
    // Sections move the same way.
    await section(page, 1).locator("button.handle").first().focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["keypoints", "checklist", "trainer"],
        ["markdown", "excerpt"],
      ]);
    await expect.poll(() => announcement.innerText()).toBe("Moved section “What to do” to 1 of 2.");
    const focusedSection = () =>
      page.evaluate(() => document.querySelector("sb-module-editor")!.shadowRoot!.activeElement?.getAttribute("data-section-handle"));
    expect(await focusedSection()).toBe("0");
    // Grabbed with Enter, a section moves with the arrows alone and stays grabbed.
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt"],
        ["keypoints", "checklist", "trainer"],
      ]);
    expect(await focusedSection()).toBe("1");
    expect(await section(page, 1).locator(".section-head button.handle").getAttribute("aria-pressed")).toBe("true");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Escape");
    expect(await section(page, 0).locator(".section-head button.handle").getAttribute("aria-pressed")).toBe("false");
    const file = await expectParses(page);
    expect(file.text.indexOf("## What to do")).toBeLessThan(file.text.indexOf("## What the reports found"));
    await page.screenshot({ path: `${shots}/editor-keyboard-move-1280.png` });
    expect(problems).toEqual([]);
    await page.close();
  });

  test("drag and drop reorders cards, with a visible drop position", async () => {
    const { page, problems } = await open();
    // Tall enough that both ends of each drag are on screen.
    await page.setViewportSize({ width: 1280, height: 2800 });
    const keypoints = section(page, 1).locator("sb-block-card").nth(1);
    const excerpt = section(page, 0).locator("sb-block-card").nth(1);
    const handle = keypoints.locator("button.handle");
    const from = (await handle.boundingBox())!;
    const to = (await excerpt.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 40, to.y + 30, { steps: 8 });
    await page.mouse.move(to.x + 40, to.y + 20, { steps: 2 });
    await expect.poll(() => excerpt.getAttribute("drop")).toBe("before");
    await page.screenshot({ path: `${shots}/editor-drag-1280.png` });
    await page.mouse.up();
    await expect.poll(() => kindsBySection(page)).toEqual([["markdown", "keypoints", "excerpt", "trainer"], ["checklist"]]);
    expect(await page.locator("sb-block-card[drop=before], sb-block-card[drop=after]").count()).toBe(0);
    // Locator.dragTo: the checklist to the end of the first section (below the trainer note's middle).
    const trainer = section(page, 0).locator("sb-block-card").nth(3);
    const box = (await trainer.boundingBox())!;
    await section(page, 1)
      .locator("sb-block-card")
      .first()
      .locator("button.handle")
      .dragTo(trainer, { targetPosition: { x: 40, y: box.height - 10 } });
    await expect.poll(() => kindsBySection(page)).toEqual([["markdown", "keypoints", "excerpt", "trainer", "checklist"], []]);
    await expect.poll(() => page.locator("sb-module-editor .empty").innerText()).toContain("No blocks yet");
    // Sections drag by their handle: the second above the first.
    await section(page, 1)
      .locator(".section-head button.handle")
      .dragTo(section(page, 0), { targetPosition: { x: 40, y: 10 } });
    await expect.poll(() => kindsBySection(page)).toEqual([[], ["markdown", "keypoints", "excerpt", "trainer", "checklist"]]);
    const file = await expectParses(page);
    expect(file.text.indexOf("## What to do")).toBeLessThan(file.text.indexOf("## What the reports found"));
    expect(problems).toEqual([]);
    await page.close();
  });

  test("undo and redo: a deleted card comes back; keyboard shortcuts work outside text fields", async () => {
    const { page, problems } = await open();
    const undo = page.locator("sb-module-editor .actions button", { hasText: "Undo" });
    const redo = page.locator("sb-module-editor .actions button", { hasText: "Redo" });
    expect(await undo.isDisabled()).toBe(true);
    await section(page, 0).locator("sb-block-card").nth(2).locator("button.delete").click();
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt"],
        ["checklist", "keypoints"],
      ]);
    await expect.poll(() => focused(page)).toEqual({ field: "handle", card: "excerpt" });
    await undo.click();
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt", "trainer"],
        ["checklist", "keypoints"],
      ]);
    await redo.click();
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt"],
        ["checklist", "keypoints"],
      ]);
    // Ctrl+Z with focus on a button is the editor's undo; Ctrl+Shift+Z and Ctrl+Y redo.
    await undo.focus();
    await page.keyboard.press("Control+z");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt", "trainer"],
        ["checklist", "keypoints"],
      ]);
    await redo.focus();
    await page.keyboard.press("Control+Shift+z");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt"],
        ["checklist", "keypoints"],
      ]);
    await undo.focus();
    await page.keyboard.press("Control+z");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt", "trainer"],
        ["checklist", "keypoints"],
      ]);
    await redo.focus();
    await page.keyboard.press("Control+y");
    await expect
      .poll(() => kindsBySection(page))
      .toEqual([
        ["markdown", "excerpt"],
        ["checklist", "keypoints"],
      ]);
    // In a text field Ctrl+Z is the field's own undo, not the module's.
    const checklistTitle = section(page, 1).locator("sb-block-card").first().locator("#title");
    await checklistTitle.focus();
    await page.keyboard.press("Control+z");
    expect(await kindsBySection(page)).toEqual([
      ["markdown", "excerpt"],
      ["checklist", "keypoints"],
    ]);
    await expectParses(page);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("every kind of block can be added, filled in and saved in the module file format", async () => {
    const { page, problems } = await open();
    await page.locator("#new-section").fill("Practice");
    await page.locator(".add-section button").click();
    await expect.poll(() => page.locator("section.module-section[data-section]").count()).toBe(3);
    expect(await page.evaluate(() => document.querySelector("sb-module-editor")!.shadowRoot!.activeElement?.id)).toBe("section-title-2");
    const exercise = await addBlock(page, 2, "Exercise");
    await exercise.locator("#title").fill("At the duty desk (fictional)");
    await exercise.locator("#minutes").fill("20");
    await exercise.locator("#scenario").fill("A girl of about 15 is brought in at night.");
    await exercise.locator("#steps").fill("1. List what goes wrong.\n2. Rewrite the plan.");
    await exercise.locator("#answer").fill("- She is treated as a child.");
    const audience = await addBlock(page, 2, "For some audiences");
    await audience.locator("label.check", { hasText: "Judges and prosecutors" }).locator("input").check();
    await audience.locator("label.check", { hasText: "Police" }).locator("input").uncheck();
    await audience.locator("#body").fill("Check where the statement was taken.");
    const discussion = await addBlock(page, 2, "Discussion questions");
    await discussion.locator("#body").fill("- What would the child need to hear first?");
    const checklist = await addBlock(page, 2, "Checklist");
    await checklist.locator("#title").fill("After the statement");
    await checklist.locator("#body").fill("not a list");
    await checklist.locator("#body").blur();
    await expect.poll(() => checklist.locator(".error").innerText()).toContain("starting with - ");
    await checklist.locator("#body").fill("- Who takes the child home?");
    await checklist.locator("#body").blur();
    await expect.poll(async () => (await saved(page)).text).toContain("- Who takes the child home?");
    const file = await expectParses(page);
    expect(file.text).toContain(
      "## Practice\n\n:::exercise At the duty desk (fictional) | 20\nScenario:\nA girl of about 15 is brought in at night.\n\nSteps:\n1. List what goes wrong.\n2. Rewrite the plan.\n\nGood answer:\n- She is treated as a child.\n:::\n\n" +
        ":::audience judicial\nCheck where the statement was taken.\n:::\n\n:::discussion\n- What would the child need to hear first?\n:::\n\n:::checklist After the statement\n- Who takes the child home?\n:::\n",
    );
    await page.screenshot({ path: `${shots}/editor-all-blocks-1280.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the serialised module parses without errors after a mix of edits, moves, deletes, undo and redo", async () => {
    const { page, problems } = await open();
    await addBlock(page, 1, "Note");
    await page.keyboard.type("A closing note.");
    await section(page, 0).locator("sb-block-card").first().locator("button.handle").focus();
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowDown");
    await section(page, 0).locator("#section-title-0").fill("What the UN report found");
    await section(page, 1).locator("sb-block-card").nth(1).locator("button.delete").click();
    await page.locator("sb-module-editor .actions button", { hasText: "Undo" }).click();
    await page.locator("sb-module-editor .actions button", { hasText: "Redo" }).click();
    await expect.poll(() => saveState(page).innerText()).toBe("All changes saved");
    const file = await expectParses(page);
    expect(file.text).toContain("## What the UN report found\n");
    expect(file.text).toContain("A closing note.");
    // The file is canonical: serialising what was parsed gives the same text.
    // A string, so Vitest does not rewrite the browser-side imports.
    const canonical =
      await page.evaluate(`Promise.all([import("/src/core/modules/parse-module.ts"), import("/src/core/modules/serialize-module.ts")])
      .then(([p, s]) => s.serializeModule(p.parseModule(${JSON.stringify(file.text)}, "sample.md").module) === ${JSON.stringify(file.text)})`);
    expect(canonical).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("axe-core: no serious or critical violation, with every kind of card, a rejected excerpt and field errors shown", async () => {
    const { page, problems } = await open();
    for (const kind of ["Excerpt", "For some audiences", "Exercise", "Discussion questions"]) await addBlock(page, 1, kind);
    await page.locator("sb-front-matter-form #minutes").fill("ten");
    await page.locator("sb-front-matter-form #minutes").blur();
    await page.locator("sb-front-matter-form #topics").fill("Child Victims");
    await page.locator("sb-front-matter-form #topics").blur();
    const excerpt = section(page, 0).locator("sb-block-card").nth(1);
    await excerpt.locator("button.edit").click();
    await excerpt.locator("#quote").fill("as many as 30 per cent of prostitutes working in Bishkek are minors");
    await excerpt.locator("#locator").fill("para. 14");
    await excerpt.locator("#locator").blur();
    await expect.poll(() => excerpt.locator("sb-verdict-badge").getAttribute("status"), { timeout: 20_000 }).toBe("rejected");
    await expect.poll(() => page.locator("sb-front-matter-form .error").count()).toBe(2);
    expect(await page.locator("sb-front-matter-form #topics-error").innerText()).toBe(
      '"Child Victims" is not a topic name: use lower-case words joined by hyphens, like child-victims.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("screenshots at 1280 and 390 px: a shipped module, opened by the module-id attribute as sb-app does", async () => {
    const { page, problems } = await open();
    await page.evaluate(() => document.querySelector("sb-module-editor")!.setAttribute("module-id", "child-sensitive-interviewing"));
    await expect
      .poll(() => page.locator("sb-module-editor h1").innerText())
      .toBe("Interviewing child victims and taking their statements without harm");
    await expect
      .poll(() => page.locator("sb-module-editor .excerpts").innerText(), { timeout: 30_000 })
      .toMatch(/^\d+ excerpts: \d+ verified$/);
    await page.screenshot({ path: `${shots}/editor-1280.png` });
    await page.screenshot({ path: `${shots}/editor-full-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/editor-390.png` });
    await section(page, 0).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/editor-section-390.png` });
    // Nothing sticks out sideways at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A shipped module says that editing makes the trainer's own copy; after an edit, it is that copy.
    const origin = page.locator("sb-module-editor .origin");
    expect(await origin.innerText()).toMatch(/^Shipped module: your first change makes your own copy/);
    await page.locator("sb-front-matter-form #minutes").fill("95");
    await page.locator("sb-front-matter-form #minutes").blur();
    await expect.poll(() => origin.innerText()).toBe("Your copy of a shipped module. The shipped file stays as it is.");
    await expectParses(page, "child-sensitive-interviewing");
    expect(problems).toEqual([]);
    await page.close();
  });
});
