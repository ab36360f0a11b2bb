import type { SaveState } from "../../app/module-store-api.ts";
import type { Verifier } from "../../app/verifier.ts";
import type { Verdict } from "../../core/citations/verify.ts";
import type { Module } from "../../core/schema/module.ts";

/** The save state in words for the trainer. */
export function saveStateText(state: SaveState): string {
  switch (state.status) {
    case "saved":
      return "Saved";
    case "saving":
      return "Saving…";
    case "error":
      // The store's own messages already say what was kept; others get it said.
      return /^not saved/i.test(state.message)
        ? state.message
        : `Couldn't save: ${state.message.replace(/\.?$/, ".")} Your last saved copy is kept.`;
    case "conflict":
      return /^another tab/i.test(state.message) ? state.message : `Another tab changed this module; ${state.message}`;
  }
}

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
