import type { Audience, Module } from "../../core/schema/module.ts";

/** A module as the library lists it. */
export interface ModuleSummary {
  id: string;
  title: string;
  summary: string;
  audiences: Audience[];
  topics: string[];
  minutes: number;
  reviewStatus: string;
  excerpts: number;
  /** shipped: as in `modules/`; own: the trainer's; copy: the trainer's edited copy of a shipped module. */
  origin: "shipped" | "own" | "copy";
  updatedAt?: string;
}

export function summaryOf(id: string, module: Module, origin: ModuleSummary["origin"], updatedAt?: string): ModuleSummary {
  const { meta, body } = module;
  return {
    id,
    title: meta.title,
    summary: meta.summary,
    audiences: meta.audiences,
    topics: meta.topics,
    minutes: meta.minutes,
    reviewStatus: meta.review.status,
    excerpts: body.filter((n) => n.kind === "excerpt").length,
    origin,
    ...(updatedAt ? { updatedAt } : {}),
  };
}
