import { z } from "zod";
import { isCalendarDate } from "../text/calendar-date.ts";
import { isWebUrl } from "../text/web-url.ts";

/** The parsers that know a source's layout; `pdf`, `html` and `docx` are read by the general reader. */
export const SOURCE_STRUCTURES = [
  "un-report",
  "tip-country-narrative",
  "ecpat-monitoring",
  "wikipedia",
  "patt-compilation",
  "plain-text",
  "markdown",
  "pdf",
  "html",
  "docx",
] as const;

/** The structures whose text is extracted from a document (the file is kept as it is, the text derived). */
export const EXTRACTED_STRUCTURES = ["pdf", "html", "docx"] as const satisfies readonly (typeof SOURCE_STRUCTURES)[number][];

export const SOURCE_KINDS = ["un-report", "government-report", "ngo-report", "web-compilation", "encyclopedia", "other"] as const;

const DATE_FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isoDate = z
  .string()
  .regex(DATE_FORM, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((d) => !DATE_FORM.test(d) || isCalendarDate(d), { error: (issue) => `${String(issue.input)} is not a date in the calendar` });

/** One document of the library, as `sources/catalog.yaml` describes it. */
export const CatalogEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case id like un-hrc-25-48-add1"),
    file: z.string().regex(/^[^/\\]+\.(txt|md|pdf|html?|docx)$/, "expected a .txt, .md, .pdf, .html or .docx file name inside sources/"),
    title: z.string().min(1, "expected a title"),
    author: z.string().min(1).optional(),
    publisher: z.string().min(1, "expected a publisher"),
    date: isoDate,
    url: z.string().refine(isWebUrl, "expected a web address starting http:// or https://").optional(),
    accessed: isoDate.optional(),
    kind: z.enum(SOURCE_KINDS),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "expected a language code like en"),
    rights: z.object({
      /** What a printed handout must carry. */
      notice: z.string().min(1, "expected the notice a printer must carry"),
      /** Whether reproduction needs the rights holder's permission first. */
      permissionRequired: z.boolean(),
      licence: z.string().min(1).optional(),
    }),
    /** Documents that come in editions share a series key ("us-tip-kyrgyzstan"). */
    series: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    edition: z.string().optional(),
    /** The id of the earlier edition this one replaces; the earlier one stays citable. */
    supersedes: z.string().min(1, "expected the id of the edition this one replaces").optional(),
    /** The id of the document this one translates; a translation numbers its paragraphs as the original does. */
    translationOf: z.string().min(1).optional(),
    /** Short form used in running citations: "UN Special Rapporteur (2013)". */
    shortCite: z.string().min(1, "expected a short citation"),
    structure: z.enum(SOURCE_STRUCTURES),
    /** Anything a reader or reviewer should know about the text itself. */
    note: z.string().optional(),
  })
  .strict();

export const CatalogSchema = z.object({ sources: z.array(CatalogEntrySchema) }).strict();

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
export type SourceStructure = (typeof SOURCE_STRUCTURES)[number];
