import { msg, str } from "@lit/localize";
import { excerptCount } from "../../app/counted-nouns.ts";
import type { Verifier } from "../../app/verifier.ts";
import type { Verdict } from "../../core/citations/verify.ts";
import type { Module } from "../../core/schema/module.ts";

/** What the header says about the module's excerpts, once each is verified (the Verifier caches). */
export async function summariseExcerpts(module: Module | undefined, verifier: Verifier | undefined): Promise<string> {
  const excerpts = module?.body.filter((n) => n.kind === "excerpt") ?? [];
  if (excerpts.length === 0) return msg("No excerpts yet");
  if (!verifier) return "";
  return excerptSummary(await Promise.all(excerpts.map((e) => verifier.verify(e).catch(() => undefined))));
}

/** "5 excerpts: 4 verified, 1 rejected". */
export function excerptSummary(verdicts: (Verdict | undefined)[]): string {
  const verified = verdicts.filter((v) => v?.status === "verified").length;
  const rejected = verdicts.filter((v) => v?.status === "rejected").length;
  const unchecked = verdicts.length - verified - rejected;
  const parts = [
    msg(str`${verified} verified`),
    rejected ? msg(str`${rejected} rejected`) : "",
    unchecked ? msg(str`${unchecked} not checked`) : "",
  ].filter(Boolean);
  const count = excerptCount(verdicts.length);
  const tally = parts.join(", ");
  return msg(str`${count}: ${tally}`, { id: "excerpt-summary", desc: "“5 excerpts: 4 verified, 1 rejected”" });
}
