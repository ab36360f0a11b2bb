import { msg, str } from "@lit/localize";
import { plural } from "./plural.ts";

// Counts with their nouns, in the interface language, for every view that says them.

/** "1 module", "3 modules" (Russian: "1 модуль", "3 модуля", "5 модулей"). */
export const moduleCount = (n: number) =>
  plural(n, {
    one: msg(str`${n} module`, { id: "count.modules.one" }),
    few: msg(str`${n} modules`, { id: "count.modules.few" }),
    many: msg(str`${n} modules`, { id: "count.modules.many" }),
    other: msg(str`${n} modules`, { id: "count.modules.other" }),
  });

/** "1 source", "3 sources". */
export const sourceCount = (n: number) =>
  plural(n, {
    one: msg(str`${n} source`, { id: "count.sources.one" }),
    few: msg(str`${n} sources`, { id: "count.sources.few" }),
    many: msg(str`${n} sources`, { id: "count.sources.many" }),
    other: msg(str`${n} sources`, { id: "count.sources.other" }),
  });

/** "no excerpts", "1 excerpt", "5 excerpts". */
export const excerptCount = (n: number) =>
  n === 0
    ? msg("no excerpts")
    : plural(n, {
        one: msg(str`${n} excerpt`, { id: "count.excerpts.one" }),
        few: msg(str`${n} excerpts`, { id: "count.excerpts.few" }),
        many: msg(str`${n} excerpts`, { id: "count.excerpts.many" }),
        other: msg(str`${n} excerpts`, { id: "count.excerpts.other" }),
      });
