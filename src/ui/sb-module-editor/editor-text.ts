import type { Verifier } from "../../app/verifier.ts";
import type { Verdict } from "../../core/citations/verify.ts";
import type { Module } from "../../core/schema/module.ts";

/** What the header says about the module's excerpts, once each is verified (the Verifier caches). */
export async function summariseExcerpts(module: Module | undefined, verifier: Verifier | undefined): Promise<string> {
  const excerpts = module?.body.filter((n) => n.kind === "excerpt") ?? [];
  if (excerpts.length === 0) return "No excerpts yet";
  if (!verifier) return "";
  return excerptSummary(await Promise.all(excerpts.map((e) => verifier.verify(e).catch(() => undefined))));
}

/** "5 excerpts: 4 verified, 1 rejected". */
export function excerptSummary(verdicts: (Verdict | undefined)[]): string {
  const verified = verdicts.filter((v) => v?.status === "verified").length;
  const rejected = verdicts.filter((v) => v?.status === "rejected").length;
  const unchecked = verdicts.length - verified - rejected;
  const parts = [`${verified} verified`, rejected ? `${rejected} rejected` : "", unchecked ? `${unchecked} not checked` : ""].filter(
    Boolean,
  );
  return `${verdicts.length} ${verdicts.length === 1 ? "excerpt" : "excerpts"}: ${parts.join(", ")}`;
}

const TEXT_INPUTS = new Set(["text", "search", "url", "email", "tel", "password", "number", ""]);

/** Whether a key press lands in a field that has its own undo (text inputs, text areas, editable text). */
export function isTextField(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac), except where a text field undoes its own typing. */
export function undoShortcut(e: KeyboardEvent): "undo" | "redo" | undefined {
  if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  const action = key === "z" ? (e.shiftKey ? "redo" : "undo") : key === "y" ? "redo" : undefined;
  return action && !isTextField(e.composedPath()[0]) ? action : undefined;
}
