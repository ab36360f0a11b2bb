import { describe, expect, it } from "vitest";
import { pickLanguage } from "../../../src/core/i18n/languages.ts";

describe("pickLanguage", () => {
  it("keeps the language the trainer chose last", () => {
    expect(pickLanguage("ky", ["ru-RU", "en"])).toBe("ky");
  });

  it("follows the first browser language it speaks, by its base tag", () => {
    expect(pickLanguage(null, ["de-DE", "ru-RU", "en-GB"])).toBe("ru");
    expect(pickLanguage(undefined, ["ky-KG"])).toBe("ky");
  });

  it("ignores a saved value it does not speak and falls back to English", () => {
    expect(pickLanguage("fr", ["de", "uz"])).toBe("en");
  });
});
