import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildHandout, type Edition } from "../../../src/core/handout/build-handout.ts";
import { EMPTY_KIT, type TrainingKit } from "../../../src/core/handout/training-kit.ts";
import {
  parseFurtherReading,
  parseGlossary,
  parsePermissions,
  parseReferralDirectory,
} from "../../../src/core/library/training-kit-files.ts";
import { renderPdf } from "../../../src/cli/render-pdf.ts";
import { flat, readPdf } from "../../pdf-text.ts";
import { root, sources, starterSession, template } from "./fixtures.ts";

const shipped = (name: string) => readFileSync(join(root, name), "utf8");
const fixture = (name: string) => readFileSync(join(root, "tests", "fixtures", "referral-directory", name), "utf8");

const shippedKit: TrainingKit = {
  glossary: parseGlossary(shipped("templates/glossary.yaml")),
  referrals: parseReferralDirectory(shipped("templates/referral-directory.yaml")),
  permissions: parsePermissions(shipped("sources/permissions.yaml")),
  furtherReading: parseFurtherReading(shipped("sources/further-reading.yaml")),
};

async function print(edition: Edition, kit: TrainingKit = shippedKit, printedOn = "2026-12-08") {
  const handout = buildHandout({ session: starterSession("police-induction"), template: template(), edition, sources, kit, printedOn });
  const reasons = [...handout.draftReasons]; // pdfmake rewrites the cover's list in place
  const pdf = await readPdf(await renderPdf(handout.definition));
  return { reasons, text: flat(pdf.text), pages: pdf.pages.map(flat), numPages: pdf.numPages };
}

describe("the glossary appendix", () => {
  it("prints the terms the session's modules use, with the words to avoid, and leaves out the others", async () => {
    const { pages } = await print("participant");
    const page = pages.find((p) => p.includes("Glossary The terms this session's modules use"));
    expect(page).toBeDefined();
    expect(page).toContain("sexual exploitation of children in prostitution");
    expect(page).toContain("Avoid: child prostitution (say: sexual exploitation of children in prostitution)");
    expect(page).toContain("trafficking in persons");
    // Only the risk-factors module speaks of bride kidnapping; the police induction does not include it.
    expect(pages.join(" ")).not.toContain("bride kidnapping");
  });

  it("refuses an entry without a definition, naming the file, line and field", () => {
    expect(() => parseGlossary("terms:\n  - term: child\n", "templates/glossary.yaml")).toThrow(
      /templates\/glossary\.yaml:2.*terms\[0\]\.definition/,
    );
  });
});

describe("the referral directory", () => {
  it("prints a blank table to fill in while the shipped directory is empty, and the card (kept to two pages) says where it is", async () => {
    expect((await print("participant")).text).toContain(
      "Referral directory Fill in local services; see templates/referral-directory.yaml.",
    );
    const card = await print("card");
    expect(card.text).toContain("Referral directory No local services filled in yet: the participant handout has the table to fill in");
    expect(shippedKit.referrals).toEqual([]);
  });

  it("prints filled-in services, and one not checked in the 12 months before printing with a warning and a DRAFT reason", async () => {
    const kit = { ...EMPTY_KIT, referrals: parseReferralDirectory(fixture("current-and-stale.yaml")) };
    for (const edition of ["participant", "card"] as const) {
      const { text, reasons } = await print(edition, kit);
      expect(text).toContain("Example family support office");
      expect(text).toContain("+000 111 111");
      expect(text).toContain("not checked since 30 November 2025");
      expect(text).not.toContain("not checked since 1 June 2026");
      expect(reasons).toContain(
        "Referral directory: “Example night shelter” was not checked since 30 November 2025, more than 12 months before 8 December 2026; ring it and update templates/referral-directory.yaml.",
      );
      expect(reasons.filter((r) => r.startsWith("Referral directory"))).toHaveLength(1);
    }
    // Printed a week earlier, the shelter's check is within 12 months.
    expect((await print("participant", kit, "2026-11-30")).reasons.some((r) => r.startsWith("Referral directory"))).toBe(false);
  });

  it("refuses a date not in the calendar, naming the file, line and field", () => {
    expect(() => parseReferralDirectory(fixture("bad-field.yaml"), "templates/referral-directory.yaml")).toThrow(
      "templates/referral-directory.yaml:6: services[0].checked: expected a real date as YYYY-MM-DD",
    );
  });
});

describe("permission to reproduce", () => {
  const ecpat = "ECPAT International (2012) requires permission to reproduce;";

  it("makes a handout quoting ECPAT without a permission on record a DRAFT, saying how many quotes", async () => {
    const { reasons, text } = await print("participant");
    const reason = reasons.find((r) => r.startsWith(ecpat));
    expect(reason).toMatch(
      /^ECPAT International \(2012\) requires permission to reproduce; \d+ quotes, no permission on record in sources\/permissions\.yaml\.$/,
    );
    expect(text).toMatch(/no permission on record in sources\/ ?permissions\.yaml/); // the cover wraps the path
  });

  it("drops that reason once a permission is on record", async () => {
    const permissions = parsePermissions(
      "permissions:\n  - source: ecpat-gm-kg-2012\n    granted-by: A. Person, ECPAT International\n    date: 2026-10-01\n    scope: extracts in printed handouts\n    reference: letter of 1 October 2026\n",
    );
    const { reasons } = await print("participant", { ...EMPTY_KIT, permissions });
    expect(reasons.some((r) => r.startsWith(ecpat))).toBe(false);
  });

  it("refuses a bad permissions file, naming the file, line and field", () => {
    expect(() =>
      parsePermissions(
        "permissions:\n  - source: ecpat-gm-kg-2012\n    granted-by: someone\n    date: 2026-10-01\n    scope: all\n",
        "sources/permissions.yaml",
      ),
    ).toThrow("sources/permissions.yaml:2: permissions[0].reference: is missing");
  });
});

describe("further reading", () => {
  it("prints the standards behind the session's modules in the bibliography, cited and not quoted", async () => {
    const { text } = await print("participant");
    const reading = text.slice(text.indexOf("Further reading Not quoted in this handout"));
    expect(reading).toContain("Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime");
    expect(reading).toContain("ECOSOC resolution 2005/20");
    expect(reading).toContain("CETS No. 201, art. 35");
    expect(reading).toContain("Luxembourg Guidelines");
    // The trainer's check note is for the trainer guide only.
    expect(reading).not.toContain("Check before handing on");
    expect((await print("trainer")).text).toContain('Check before handing on: The issue asks for "the UNODC manual"');
  });

  it("refuses an id used twice at its line", () => {
    const entry = (n: number) => `  - id: same\n    title: T${n}\n    publisher: P\n    modules: [criminal-law]\n`;
    expect(() => parseFurtherReading(`further-reading:\n${entry(1)}${entry(2)}`, "sources/further-reading.yaml")).toThrow(
      'sources/further-reading.yaml:6: further-reading[1].id: "same" is used twice',
    );
  });
});
