import { msg, str } from "@lit/localize";
import { plural, type PluralForms } from "./plural.ts";

// Counts with their nouns, in the interface language, for every view that says them.

type Counted = "module" | "source" | "excerpt";

/** Every form of each counted noun with the count in it (Russian: "1 модуль", "3 модуля", "5 модулей"). */
const formsOf = (n: number): Record<Counted, PluralForms> => ({
  module: {
    one: msg(str`${n} module`, { id: "count.modules.one" }),
    few: msg(str`${n} modules`, { id: "count.modules.few" }),
    many: msg(str`${n} modules`, { id: "count.modules.many" }),
    other: msg(str`${n} modules`, { id: "count.modules.other" }),
  },
  source: {
    one: msg(str`${n} source`, { id: "count.sources.one" }),
    few: msg(str`${n} sources`, { id: "count.sources.few" }),
    many: msg(str`${n} sources`, { id: "count.sources.many" }),
    other: msg(str`${n} sources`, { id: "count.sources.other" }),
  },
  excerpt: {
    one: msg(str`${n} excerpt`, { id: "count.excerpts.one" }),
    few: msg(str`${n} excerpts`, { id: "count.excerpts.few" }),
    many: msg(str`${n} excerpts`, { id: "count.excerpts.many" }),
    other: msg(str`${n} excerpts`, { id: "count.excerpts.other" }),
  },
});

const countOf = (noun: Counted, n: number) => plural(n, formsOf(n)[noun]);

/** "1 module", "3 modules". */
export const moduleCount = (n: number) => countOf("module", n);

/** "1 source", "3 sources". */
export const sourceCount = (n: number) => countOf("source", n);

/** "no excerpts", "1 excerpt", "5 excerpts". */
export const excerptCount = (n: number) => (n === 0 ? msg("no excerpts") : countOf("excerpt", n));
