import { ContentError, parseYamlFile } from "../files/yaml-file.ts";
import type { Module } from "../schema/module.ts";
import { SessionSchema, type Session } from "../schema/session.ts";
import { assembleSession, type AssembledSession } from "./assemble-session.ts";

/** Parses a session file and resolves it against the modules; problems name file, line and field. */
export function loadSession(text: string, file: string, modules: ReadonlyMap<string, Module>): AssembledSession {
  const { value, yaml } = parseYamlFile<Session>(SessionSchema, text, file);
  return assembleSession(value, modules, file, yaml.lineAt);
}

export { ContentError };
