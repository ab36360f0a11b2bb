import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openApp, shots, startApp, type AppBrowser } from "./app-browser.ts";

// The frictions a tester met walking the trainer's whole path, each checked in the whole app as a trainer meets it.

let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

const UN = "un-hrc-25-48-add1";

/** A required field: `required` on the control, and "(required)" to be seen in its label. */
async function isMarkedRequired(control: Locator, label: Locator): Promise<{ required: boolean; marked: boolean }> {
  return {
    required: await control.evaluate((el) => (el as HTMLInputElement).required || el.getAttribute("aria-required") === "true"),
    marked: (await label.innerText()).includes("(required)"),
  };
}

/** The levels and names of the headings in the page (shadow roots included), in order. */
async function headings(page: Page, within: string): Promise<string[]> {
  const snapshot = await page.locator(within).ariaSnapshot();
  return [...snapshot.matchAll(/heading "([^"]+)" \[level=(\d)\]/g)].map((m) => `h${m[2]} ${m[1]}`);
}

test("an excerpt added to a new module: only the section asked for, no placeholder as content, 1 excerpt in the library; the dialog marks its required fields", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/search?q=interrogated");
  const hit = page.locator(`sb-search li.hit[data-source="${UN}"][data-locator="para. 75"]`);
  await hit.waitFor();

  // The search result's link is named "Open in reader: <source>, para. 75", with no space before the colon.
  const source = await hit.locator(".source").innerText();
  expect(await hit.getByRole("link", { name: `Open in reader: ${source}, para. 75`, exact: true }).count()).toBe(1);

  await hit.getByRole("button", { name: /^Add to module…/ }).click();
  const dialog = page.locator("sb-add-excerpt-dialog dialog");
  await dialog.waitFor();
  await dialog.locator("select").first().selectOption({ label: "New module…" });
  for (const name of ["Title of the new module", "Title of the new section"]) {
    const label = dialog.locator("label.field", { hasText: name });
    expect(await isMarkedRequired(label.locator("input"), label), name).toEqual({ required: true, marked: true });
  }
  await page.screenshot({ path: `${shots}/frictions-dialog.png` });
  await dialog.getByLabel("Title of the new module").fill("Hearing children");
  await dialog.getByLabel("Title of the new section").fill("Why it matters");
  await dialog.getByRole("button", { name: "Add excerpt" }).click();
  const notice = page.locator("sb-app .notice");
  await notice.waitFor();

  // The module has the one section asked for, an empty summary and no objectives: the form shows its hints as placeholders.
  await notice.getByRole("link", { name: "Open the module" }).click();
  const editor = page.locator("sb-module-editor");
  await editor.locator("input.section-title").first().waitFor();
  expect(await editor.locator("input.section-title").evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value))).toEqual([
    "Why it matters",
  ]);
  const summary = editor.locator("sb-front-matter-form textarea#summary");
  expect(await summary.inputValue()).toBe("");
  expect(await summary.getAttribute("placeholder")).toBe("What this module is about, in one or two sentences.");
  expect(await editor.locator("sb-front-matter-form textarea[id^=objective-]").count()).toBe(0);
  await page.screenshot({ path: `${shots}/frictions-new-module.png`, fullPage: true });

  // The library counts its one excerpt as "1 excerpt".
  await page.goto(`${app.baseUrl}#/`);
  const card = page.locator("sb-module-library li.module", { hasText: "Hearing children" });
  await card.waitFor();
  expect(await card.locator(".meta").innerText()).toMatch(/(^|\s)1 excerpt(\s|$)/);
  expect(problems).toEqual([]);
  await context.close();
});

test("required fields are marked before anything is submitted: Create in the library, Add section in the editor, the session's details", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/");

  const create = page.locator("sb-module-library form.create");
  await create.waitFor();
  expect(await isMarkedRequired(create.locator("input"), create.locator("label"))).toEqual({ required: true, marked: true });

  await page.goto(`${app.baseUrl}#/module/child-sensitive-interviewing`);
  const add = page.locator("sb-module-editor form.add-section");
  await add.waitFor();
  expect(await isMarkedRequired(add.locator("input"), add.locator("label"))).toEqual({ required: true, marked: true });
  const sections = page.locator("sb-module-editor input.section-title");
  const count = await sections.count();
  await add.getByRole("button", { name: "Add section" }).click();
  // An empty title is refused, not replaced by words of ours.
  expect(await sections.count()).toBe(count);
  const title = page.locator("sb-module-editor sb-front-matter-form .field.title");
  expect(await isMarkedRequired(title.locator("input"), title.locator("label"))).toEqual({ required: true, marked: true });

  await page.goto(`${app.baseUrl}#/sessions`);
  await page.getByRole("button", { name: /^New blank session/ }).click();
  const details = page.locator("sb-session-details");
  await details.locator("#title").waitFor();
  for (const field of ["title", "date", "start", "length", "place", "trainer", "organisation"]) {
    const control = details.locator(`#${field}`);
    const label = details.locator(`label[for=${field}]`);
    expect(await isMarkedRequired(control, label), field).toEqual({ required: true, marked: true });
  }
  const description = details.locator("#description");
  expect(await isMarkedRequired(description, details.locator("label[for=description]"))).toEqual({ required: false, marked: false });
  await page.screenshot({ path: `${shots}/frictions-session-details.png` });
  expect(problems).toEqual([]);
  await context.close();
});

test("the session page: a module added twice is warned about, the picker moves on after Add, an unfinished module's DRAFT reasons, one heading for the handouts", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/");

  // A module just created, not yet written: no summary, no objectives.
  const create = page.locator("sb-module-library form.create");
  await create.locator("input").fill("A module not yet written");
  await create.getByRole("button", { name: "Create" }).click();
  await page.locator("sb-module-editor input.section-title").first().waitFor();

  await page.goto(`${app.baseUrl}#/sessions`);
  await page.getByRole("button", { name: /^Start from this: Child victims of sexual exploitation/ }).click();
  const builder = page.locator("sb-session-builder");
  const items = builder.locator("sb-agenda-item");
  await expect.poll(() => items.count()).toBe(4);
  const onAgenda = () =>
    items.evaluateAll((els) => els.map((el) => (el as unknown as { planned: { item: { module?: string } } }).planned.item.module));

  // Add the new module: afterwards the picker offers one that is not on the agenda yet.
  const picker = builder.locator("sb-agenda-add select[name=module]");
  await picker.selectOption("a-module-not-yet-written");
  await builder.locator("sb-agenda-add").getByRole("button", { name: "Add to agenda" }).click();
  await expect.poll(() => items.count()).toBe(5);
  expect((await onAgenda()).at(-1)).toBe("a-module-not-yet-written");
  const next = await picker.inputValue();
  expect(next).not.toBe("");
  expect(await onAgenda()).not.toContain(next);

  // Its DRAFT reasons are in the print panel.
  const reasons = page.locator("sb-export-panel .draft li");
  await expect.poll(() => reasons.allInnerTexts()).toContain("Module “A module not yet written” has no summary.");
  expect(await reasons.allInnerTexts()).toContain("Module “A module not yet written” has no learning objectives.");

  // Add one that is already there: a warning names it and both places.
  await picker.selectOption("identifying-victims");
  await builder.locator("sb-agenda-add").getByRole("button", { name: "Add to agenda" }).click();
  await expect.poll(() => items.count()).toBe(6);
  const twice = builder.getByText(
    "“Identifying child victims of trafficking and sexual exploitation” is on the agenda twice: items 1 (09:00–10:30)",
  );
  await twice.waitFor();
  expect(await twice.innerText()).toMatch(/items 1 \(09:00–10:30\) and 6 \(\d\d:\d\d–\d\d:\d\d\)\./);

  // One heading over the print panel, and heading levels in order.
  const levels = await headings(page, "sb-session-builder");
  expect(levels.filter((h) => /handouts/i.test(h))).toEqual(["h2 Print handouts"]);
  const order = levels.map((h) => Number(h[1]));
  order.forEach((level, i) => expect(level - (order[i - 1] ?? 0), `${levels[i]} after ${levels[i - 1]}`).toBeLessThanOrEqual(1));
  await page.screenshot({ path: `${shots}/frictions-session.png`, fullPage: true });
  expect(problems).toEqual([]);
  await context.close();
});

test("discussion questions are numbered in the editor's preview; the review's reader links are named without a stray space", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/module/child-sensitive-interviewing");
  const card = page.locator("sb-module-editor sb-block-card").filter({ has: page.locator("article.discussion") });
  await card.first().waitFor();
  const preview = card.first().locator(".preview sb-markdown");
  expect(await preview.locator("ol > li").count()).toBeGreaterThan(1);
  expect(await preview.locator("ul").count()).toBe(0);

  await page.goto(`${app.baseUrl}#/review/module/child-sensitive-interviewing`);
  const links = page.locator("sb-review").getByRole("link", { name: /^Open in reader/ });
  await expect.poll(() => links.count()).toBeGreaterThan(5);
  const snapshot = await page.locator("sb-review").ariaSnapshot();
  const names = [...snapshot.matchAll(/link "(Open in reader[^"]*)"/g)].map((m) => m[1]!);
  expect(names.length).toBe(await links.count());
  for (const name of names) expect(name).toMatch(/^Open in reader: \S/);
  expect(problems).toEqual([]);
  await context.close();
});
