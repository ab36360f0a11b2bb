import { AudienceTemplateSchema, type AudienceTemplate } from "../schema/audience.ts";
import { ContentError, parseYamlFile } from "../files/yaml-file.ts";

/** Parses and validates an audience template; problems name the file, line and field. */
export function parseAudienceTemplate(text: string, file: string): AudienceTemplate {
  const { value, yaml } = parseYamlFile(AudienceTemplateSchema, text, file);
  const expected = file.replace(/^.*\//, "").replace(/\.yaml$/, "");
  if (value.id !== expected) throw new ContentError(file, yaml.lineAt(["id"]), "id", `"${value.id}" does not match the file name`);
  return value;
}
