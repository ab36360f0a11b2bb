// Mounts <sb-review> alone over the real module store (IndexedDB) and the bundled library, for
// tests/e2e/review.test.ts. Query: ?module=<id> | ?modules=<id>,<id> | ?session=<starter id>;
// &library=edited gives the review a library whose UN report is a revised edition (a paragraph
// added after para. 20, later paragraphs renumbered), so its excerpts' source changed since verification;
// &library=editions adds a second edition of the TIP report that supersedes the first
// (tests/fixtures/second-edition.ts) and a module "edition-quotes" citing the first; &library=russian adds
// the Russian test fixture (tests/fixtures/russian, not an official translation) and a module
// "parallel-quotes" whose second excerpt's Russian words were changed.
import "../../../src/app/zod-config.ts";
import { ContextProvider } from "@lit/context";
import { parse } from "yaml";
import catalogText from "../../../sources/catalog.yaml?raw";
import { libraryContext, moduleStoreContext, sessionStoreContext } from "../../../src/app/contexts.ts";
import { LibraryStore } from "../../../src/app/library-store.ts";
import { bundledModuleStore } from "../../../src/app/module-store.ts";
import type { SessionStore } from "../../../src/app/session-store-api.ts";
import { SessionSchema, type Session } from "../../../src/core/schema/session.ts";
import "../../../src/ui/sb-review/sb-review.ts";
import { EDITION_EXCERPTS, REVISED_ENTRY, REVISED_FILE, revisedTip } from "../../fixtures/second-edition.ts";
import russianEntry from "../../fixtures/russian/catalog-entry.yaml?raw";
import russianText from "../../fixtures/russian/un-hrc-25-48-add1-ru.txt?raw";

/** A module of the trainer's with one genuine quote and one altered one ("20" → "30" per cent). */
const ALTERED = `---
id: altered-quotes
title: Estimates of child prostitution
summary: How many of those in prostitution in Bishkek are children, by the reports' estimates.
version: 1
audiences: [police]
topics: [prevalence]
minutes: 20
objectives:
  - State what the reports estimate, and who made each estimate
review: {status: in-review}
---

## What the reports estimate

:::excerpt un-hrc-25-48-add1 "para. 75"
Children are interrogated by police officers and give their statements in the same way as
adults, in public areas of police stations, with little regard for their privacy or specific
needs.
:::

:::excerpt un-hrc-25-48-add1 "para. 14"
as many as 30 per cent of prostitutes working in Bishkek are minors
:::
`;

/**
 * A module with a TIP excerpt cut from its lead-in ("According to the 2013 UN special rapporteur
 * report, …"), an attributed one the module acknowledges, and one without cautions.
 */
const CAUTIONED = `---
id: cautioned-quotes
title: What the police are said to do
summary: Reports of police abuse of child victims, and who reports each.
version: 1
audiences: [police]
topics: [corruption]
minutes: 20
objectives:
  - Say who reports each abuse
review: {status: in-review}
---

## Reports

:::excerpt un-hrc-25-48-add1 "para. 75"
Children are interrogated by police officers and give their statements in the same way as
adults, in public areas of police stations, with little regard for their privacy or specific
needs.
:::

:::excerpt us-tip-2016-kg "Protection ¶2"
Police allegedly extorted bribes from child sex trafficking victims through threats of arrest
for prostitution
:::

:::excerpt us-tip-2016-kg "Prosecution ¶4" acknowledge=attribution
Traffickers were reportedly also able to avoid punishment by offering victims small amounts of
money to drop cases.
:::
`;

const UN_REPORT = "un-hrc-25-48-add1";

/** Two excerpts with the Russian words beside them: the first as the fixture has them, the second with «бань» for «саун». */
const PARALLEL = `---
id: parallel-quotes
title: Where children are exploited
summary: The places the Special Rapporteur was told of, in English and Russian.
version: 1
audiences: [police]
topics: [prevalence]
minutes: 10
objectives:
  - Name the places
review: {status: in-review}
---

## Places

:::excerpt un-hrc-25-48-add1 "para. 2"
During the mission, the Special Rapporteur visited Bishkek, Osh, Jalalabad, Karakol and villages in the Ysyk Köl lake region.
:::parallel un-hrc-25-48-add1-ru
В ходе миссии Специальный докладчик посетила Бишкек, Ош, Джалал-Абад, Каракол и сёла в районе озера Иссык-Куль.
:::

:::excerpt un-hrc-25-48-add1 "para. 14"
the Special Rapporteur was informed of the operation of “saunas”, especially in Bishkek
:::parallel un-hrc-25-48-add1-ru
Специальному докладчику сообщили о работе «бань», особенно в Бишкеке
:::
`;

/** The UN report as a revised edition would have it: a paragraph added after para. 20, every later one renumbered. */
function revisedEdition(raw: string): string {
  const lines = raw.split("\n");
  const at = lines.findIndex((l) => l.startsWith("21. "));
  const renumber = (l: string) =>
    l.replace(/^(\s?)(\d{2,3})\. /, (m, sp: string, n: string) => (Number(n) >= 21 ? `${sp}${Number(n) + 1}. ` : m));
  const edited = lines.map((l, i) => (i >= at ? renumber(l) : l));
  edited.splice(at, 0, "21. A paragraph added in the revised edition. ", "");
  return edited.join("\n");
}

/** The starter sessions of templates/sessions/, read-only: enough of a session store for review. */
class StarterSessions extends EventTarget {
  readonly ready = Promise.resolve();
  private readonly sessions = new Map<string, Session>();
  constructor(files: Record<string, string>) {
    super();
    for (const [path, text] of Object.entries(files)) {
      this.sessions.set(path.slice(path.lastIndexOf("/") + 1).replace(/\.yaml$/, ""), SessionSchema.parse(parse(text)));
    }
  }
  get(id: string): Session | undefined {
    return this.sessions.get(id);
  }
}

const params = new URLSearchParams(location.search);
const sourceFiles = import.meta.glob<string>("../../../sources/*.{txt,md}", { query: "?raw", import: "default" });
const files = new Map(Object.entries(sourceFiles).map(([path, read]) => [path.slice(path.lastIndexOf("/") + 1), read]));
if (params.get("library") === "edited") {
  const file = new LibraryStore(catalogText, files).entry(UN_REPORT)!.file;
  const read = files.get(file)!;
  files.set(file, async () => revisedEdition(await read()));
}
let catalog = catalogText;
const editionModules: Record<string, string> = {};
if (params.get("library") === "editions") {
  const read = files.get(new LibraryStore(catalogText, files).entry("us-tip-2016-kg")!.file)!;
  files.set(REVISED_FILE, async () => revisedTip(await read()));
  catalog += REVISED_ENTRY;
  const blocks = Object.values(EDITION_EXCERPTS).map((e) => `:::excerpt us-tip-2016-kg "${e.locator}"\n${e.quote}\n:::\n`);
  editionModules["edition-quotes.md"] = `---
id: edition-quotes
title: Quotes from an earlier edition
summary: Excerpts of the TIP 2016 report, which a revised edition supersedes.
version: 1
audiences: [police]
topics: [editions]
minutes: 20
objectives:
  - Cite the current edition
review: {status: in-review}
---

## From the report

${blocks.join("\n")}`;
}
if (params.get("library") === "russian") {
  catalog += "\n\n" + russianEntry.replace(/^(?=.)/gm, "  ");
  files.set("un-hrc-25-48-add1-ru.txt", () => Promise.resolve(russianText));
  editionModules["parallel-quotes.md"] = PARALLEL;
}
const library = new LibraryStore(catalog, files);

const store = bundledModuleStore();
store.connect();
for (const [name, text] of Object.entries({ "altered-quotes.md": ALTERED, "cautioned-quotes.md": CAUTIONED, ...editionModules })) {
  const imported = await store.importModule(name, text);
  if ("error" in imported) throw new Error(imported.error);
}

const starters = import.meta.glob<string>("../../../templates/sessions/*.yaml", { query: "?raw", import: "default", eager: true });
const sessions = new StarterSessions(starters) as unknown as SessionStore;

const host = document.querySelector<HTMLElement>("#host")!;
new ContextProvider(host, { context: libraryContext, initialValue: library });
new ContextProvider(host, { context: moduleStoreContext, initialValue: store });
new ContextProvider(host, { context: sessionStoreContext, initialValue: sessions });
const review = document.createElement("sb-review");
if (params.get("module")) review.moduleId = params.get("module")!;
else if (params.get("session")) review.sessionId = params.get("session")!;
else review.moduleIds = (params.get("modules") ?? "").split(",").filter(Boolean);
host.append(review);

/** What the test reads back: the module file as the store would save it. */
const harness = { store, text: (id: string) => store.text(id) ?? "", ready: true };
(window as unknown as { harness: typeof harness }).harness = harness;
