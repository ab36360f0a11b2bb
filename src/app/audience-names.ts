import { msg } from "@lit/localize";
import type { Audience } from "../core/schema/module.ts";

/**
 * Each audience's name ("Police") and the phrase "for police", in the interface language. The phrase is its own
 * message: Russian declines the noun («для сотрудников милиции»), Kyrgyz puts the word after it («… үчүн»).
 */
const names = (): Record<Audience, { name: string; forIt: string }> => ({
  police: { name: msg("Police"), forIt: msg("for police") },
  judicial: { name: msg("Judges and prosecutors"), forIt: msg("for judges and prosecutors") },
  "social-work": { name: msg("Social workers"), forIt: msg("for social workers") },
});

/** An audience's name in the interface language: "Police", «Милиция». */
export const audienceName = (audience: Audience): string => names()[audience].name;

/** "for police", to build a phrase on. */
export const forAudience = (audience: Audience): string => names()[audience].forIt;
