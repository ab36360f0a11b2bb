import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { catalogueProblems, root, runLitLocalize } from "./catalogue.ts";

// The message catalogue: every message of the code translated into each interface language, and the generated
// modules the app loads made from the catalogues as they are (a translator who forgot `npm run i18n` is caught).
const languages = ["ru", "ky"];

describe("the message catalogue", () => {
  test("every message in the code has a Russian and a Kyrgyz translation with the same placeholders", () => {
    // Extracted afresh from the code, into a copy of the catalogues: a message added without a translation shows here.
    const dir = runLitLocalize("extract");
    const problems = languages.flatMap((language) =>
      catalogueProblems(language, readFileSync(join(dir, "xliff", `${language}.xlf`), "utf8")),
    );
    expect(problems).toEqual([]);
  });

  test("the generated modules are what lit-localize builds from the catalogues", () => {
    const dir = runLitLocalize("build");
    const generated = join(root, "src", "locales", "generated");
    const files = readdirSync(join(dir, "generated")).sort();
    expect(readdirSync(generated).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(generated, file), "utf8"), `src/locales/generated/${file}: run npm run i18n`).toBe(
        readFileSync(join(dir, "generated", file), "utf8"),
      );
    }
  });
});

describe("the catalogue check", () => {
  test("finds a missing translation and a dropped or added placeholder", () => {
    const xliff = `<body>
<trans-unit id="a">
  <source>Modules</source>
</trans-unit>
<trans-unit id="b">
  <source>Search: <x id="0" equiv-text="\${q}"/></source>
  <target>Поиск</target>
</trans-unit>
<trans-unit id="c">
  <source>Search</source>
  <target>Поиск <x id="0" equiv-text="\${q}"/></target>
</trans-unit>
<trans-unit id="d">
  <source>Open <x id="0" equiv-text="\${t}"/></source>
  <target>Открыть <x id="0" equiv-text="\${t}"/></target>
</trans-unit>
</body>`;
    expect(catalogueProblems("ru", xliff)).toEqual([
      "ru: a has no translation: Modules",
      "ru: b has placeholders none where the English has 0",
      "ru: c has placeholders 0 where the English has none",
    ]);
  });
});
