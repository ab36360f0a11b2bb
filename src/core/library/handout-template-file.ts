import { HandoutTemplateSchema, type HandoutTemplate } from "../schema/handout-template.ts";
import { parseYamlFile } from "../files/yaml-file.ts";

/** Parses and validates a handout template; problems name the file, line and field. */
export function parseHandoutTemplate(text: string, file: string): HandoutTemplate {
  return parseYamlFile(HandoutTemplateSchema, text, file).value;
}
