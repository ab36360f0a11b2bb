import { expect, test } from "vitest";
import { isWebUrl } from "../../../src/core/text/web-url.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { catalogWith } from "../library/catalog-with.ts";

test("only http: and https: URLs are web URLs, however the scheme is disguised (F16)", () => {
  for (const url of ["https://www.unicef.org/kyrgyzstan", "http://example.org/a?b#c", "HTTPS://EXAMPLE.ORG"])
    expect(isWebUrl(url), url).toBe(true);
  for (const url of [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0000javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "mailto:x@example.org",
    "//example.org",
    "/relative",
    "https:",
    "",
  ])
    expect(isWebUrl(url), JSON.stringify(url)).toBe(false);
});

test("a catalog entry whose url is not http(s) is refused at load, naming the line and the field", () => {
  expect(() => parseCatalog(catalogWith("url: javascript:alert(1)"))).toThrow(
    /^sources\/catalog\.yaml:7: sources\[0\]\.url: expected a web address starting http:\/\/ or https:\/\/$/,
  );
  expect(() => parseCatalog(catalogWith("url: https://www.unicef.org/kyrgyzstan"))).not.toThrow();
});
