import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BodyNode, Module } from "../../src/core/schema/module.ts";
import { XSS_PAYLOADS } from "../fixtures/xss-payloads.ts";
import { shots, startApp, type AppBrowser } from "./app-browser.ts";

// Hostile trainer Markdown (as an imported module from another organisation could carry) rendered in
// the editor's previews in a real Chromium: no payload may run, and nothing active may reach the page.
let app: AppBrowser;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

/** Puts a payload into each kind of block whose text is rendered as Markdown. */
const IN_BLOCKS: ((md: string) => BodyNode)[] = [
  (md) => ({ kind: "trainer", body: md }),
  (md) => ({ kind: "audience", audiences: ["police"], body: md }),
  (md) => ({ kind: "exercise", title: "Exercise", minutes: 10, body: `Scenario:\n${md}\n\nSteps:\n${md}\n\nGood answer:\n${md}` }),
  (md) => ({
    kind: "checklist",
    title: "Checklist",
    body: md
      .split("\n")
      .map((l) => `- ${l}`)
      .join("\n"),
  }),
  (md) => ({ kind: "discussion", body: `- ${md}` }),
  (md) => ({ kind: "keypoints", body: md }),
];

function hostileModule(): Module {
  const body: BodyNode[] = [
    { kind: "markdown", text: "\n" },
    { kind: "section", title: "Control" },
    { kind: "markdown", text: "\nA **safe** note with [a link](https://example.org).\n\n" },
  ];
  XSS_PAYLOADS.forEach((payload, i) => {
    body.push({ kind: "section", title: `Payload ${i + 1}` });
    body.push({ kind: "markdown", text: `\n${payload.markdown}\n\n` });
    body.push(IN_BLOCKS[i % IN_BLOCKS.length]!(payload.markdown));
    body.push({ kind: "markdown", text: "\n" });
  });
  return {
    meta: {
      id: "hostile",
      title: "A hostile module",
      summary: "Every known way to sneak a script into Markdown.",
      version: 1,
      audiences: ["police", "judicial"],
      topics: ["security"],
      minutes: 10,
      objectives: ["Run nothing"],
      review: { status: "draft" },
    },
    body,
  };
}

/** Everything active or dangerous in the rendered previews, described, so a failure says what got through. */
function findActive(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const BAD_TAGS = new Set([
      "SCRIPT",
      "IFRAME",
      "OBJECT",
      "EMBED",
      "STYLE",
      "SVG",
      "MATH",
      "FORM",
      "IMG",
      "BASE",
      "META",
      "LINK",
      "TEMPLATE",
      "INPUT",
      "BUTTON",
      "VIDEO",
      "AUDIO",
      "SOURCE",
      "DETAILS",
      "MARQUEE",
      "NOSCRIPT",
    ]);
    const URL_ATTRS = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster", "background"];
    const visit = (root: ParentNode, where: string) => {
      for (const el of root.querySelectorAll("*")) {
        const tag = el.tagName.toUpperCase();
        if (BAD_TAGS.has(tag)) found.push(`${where}: <${el.tagName.toLowerCase()}>`);
        for (const attr of el.getAttributeNames()) {
          const value = el.getAttribute(attr) ?? "";
          if (/^on/i.test(attr)) found.push(`${where}: ${attr}="${value}"`);
          if (attr === "style") found.push(`${where}: style="${value}"`);
          // Browsers ignore tabs, newlines and leading control characters in a URL's scheme.
          // eslint-disable-next-line no-control-regex -- control characters are exactly what a hostile URL hides behind
          const scheme = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
          if (URL_ATTRS.includes(attr.toLowerCase()) && /^(javascript|data|vbscript):/.test(scheme))
            found.push(`${where}: ${attr}="${value}"`);
        }
      }
    };
    const editor = document.querySelector("sb-module-editor")!.shadowRoot!;
    for (const card of editor.querySelectorAll("sb-block-card")) {
      for (const md of card.shadowRoot!.querySelectorAll("sb-markdown")) visit(md.shadowRoot!, md.closest("article")?.className ?? "card");
    }
    return found;
  });
}

describe("XSS payloads in trainer Markdown", () => {
  test(`none of ${XSS_PAYLOADS.length} payloads runs or leaves anything active in the preview`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(30);
    const context = await app.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && !/Failed to load resource/.test(message.text())) problems.push(message.text());
    });
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    // The in-memory store takes the module exactly as built, each payload verbatim.
    await page.goto(`${app.baseUrl}tests/e2e/harness/editor.html?store=memory`);
    await page.locator("sb-module-editor .bar").waitFor();
    await page.evaluate(
      (module) => (window as unknown as { harness: { open(m: unknown): Promise<void> } }).harness.open(module),
      hostileModule() as never,
    );
    const previews = page.locator("sb-markdown");
    await expect.poll(() => page.locator("sb-module-editor h1").innerText()).toBe("A hostile module");
    await expect.poll(() => previews.count()).toBeGreaterThan(XSS_PAYLOADS.length * 2);

    // The control: safe Markdown still renders, so the check below is not passing on an empty preview.
    const control = page.locator("sb-block-card").first().locator("sb-markdown");
    await expect.poll(() => control.locator("strong").innerText()).toBe("safe");
    expect(await control.locator("a").getAttribute("href")).toBe("https://example.org");

    // A positive control: an inline handler put in the page *without* the sanitiser does run here
    // (no CSP in the harness), and its error event has fired; the payloads' would have too.
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.setAttribute("src", "data:,not-an-image");
      img.setAttribute("onerror", "window.__control = 1");
      document.body.append(img);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __control?: number }).__control)).toBe(1);
    // Hover, focus and click every preview element, for payloads waiting on the trainer.
    await page.evaluate(() => {
      const editor = document.querySelector("sb-module-editor")!.shadowRoot!;
      for (const md of editor.querySelectorAll("sb-block-card")) {
        for (const preview of md.shadowRoot!.querySelectorAll("sb-markdown")) {
          for (const el of preview.shadowRoot!.querySelectorAll<HTMLElement>("*")) {
            for (const type of ["mouseover", "mouseenter", "focus", "toggle", "animationstart"]) el.dispatchEvent(new Event(type));
            if (el.tagName !== "A") el.click();
          }
        }
      }
    });
    await page.screenshot({ path: `${shots}/xss-previews-1280.png` });

    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await findActive(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    await context.close();
  });

  test("markdownToSafeHtml output, payload by payload, holds nothing active", async () => {
    const context = await app.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}tests/e2e/harness/editor.html?store=memory`);
    await page.locator("sb-module-editor .bar").waitFor();
    // A string, so Vitest does not rewrite the browser-side import.
    const results = (await page.evaluate(`import("/src/app/markdown-html.ts").then(({ markdownToSafeHtml }) =>
      ${JSON.stringify(XSS_PAYLOADS)}.map((p) => {
        const html = markdownToSafeHtml(p.markdown);
        const doc = new DOMParser().parseFromString("<body>" + html, "text/html");
        const bad = [...doc.body.querySelectorAll("*")].flatMap((el) => el.getAttributeNames()
          .filter((a) => /^on/i.test(a) || a === "style" || (/^(href|src|action|formaction|xlink:href|data)$/i.test(a) &&
            /^(javascript|data|vbscript):/.test((el.getAttribute(a) || "").replace(/[\\u0000-\\u0020]/g, "").toLowerCase())))
          .map((a) => el.tagName + " " + a));
        const tags = [...doc.body.querySelectorAll("script,iframe,object,embed,style,svg,math,form,img,base,meta,link,template")].map((e) => e.tagName);
        return { name: p.name, html, bad: [...bad, ...tags] };
      }))`)) as { name: string; html: string; bad: string[] }[];
    expect(results).toHaveLength(XSS_PAYLOADS.length);
    for (const result of results) expect(result.bad, `${result.name}: ${result.html}`).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    await page.close();
    await context.close();
  });
});
