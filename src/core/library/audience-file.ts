import { LineCounter, parseDocument } from "yaml";
import { AudienceTemplateSchema, type AudienceTemplate } from "../schema/audience.ts";
import { ContentError, fieldName, lineOf } from "./catalog-file.ts";

/** Parses and validates an audience template; problems name the file, line and field. */
export function parseAudienceTemplate(text: string, file: string): AudienceTemplate {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors[0]) throw new ContentError(file, lines.linePos(doc.errors[0].pos[0]).line, undefined, doc.errors[0].message.split("\n")[0]!);
  const result = AudienceTemplateSchema.safeParse(doc.toJS());
  if (result.success) {
    const expected = file.replace(/^.*\//, "").replace(/\.yaml$/, "");
    if (result.data.id !== expected) throw new ContentError(file, lineOf(doc.contents, ["id"], lines), "id", `"${result.data.id}" does not match the file name`);
    return result.data;
  }
  const issue = result.error.issues[0]!;
  throw new ContentError(file, lineOf(doc.contents, issue.path, lines), fieldName(issue.path), issue.message);
}
