import { Document, Scalar, YAMLMap, YAMLSeq } from "yaml";
import type { AgendaItem, Session } from "../schema/session.ts";

/** The order of a session file's fields, as in `templates/sessions/*.yaml`. */
const FIELD_ORDER = [
  "title",
  "audience",
  "date",
  "start",
  "length",
  "place",
  "trainer",
  "organisation",
  "description",
  "handout",
  "language",
  "agenda",
] as const;

/** Folded prose (`>-`) only for text a folded block reads back exactly: one line, single spaces, printable. */
const FOLDABLE = /^[^\s\p{Cc}](?:[^\s\p{Cc}]| (?! ))*$/u;
const LINE_WIDTH = 92;

/**
 * A session as its file: the fields in the order of the starter sessions, the start time quoted,
 * a long description folded, each agenda item as `module`/`sections`/`minutes` or `break`/`minutes`.
 * `loadSession(serializeSession(s))` reads back the same session; an unfinished session (empty
 * fields, no agenda) is written as it is, so nothing typed is lost.
 */
export function serializeSession(session: Session): string {
  const doc = new Document();
  const root = new YAMLMap();
  const fields = session as Record<string, unknown>;
  for (const key of FIELD_ORDER) {
    const value = fields[key];
    if (value === undefined) continue;
    root.add(doc.createPair(key, fieldNode(doc, key, value)));
  }
  // A field this version does not know is kept (after the known ones) rather than dropped.
  for (const key of Object.keys(fields)) {
    if (!(FIELD_ORDER as readonly string[]).includes(key) && fields[key] !== undefined) root.add(doc.createPair(key, fields[key]));
  }
  doc.contents = root;
  return doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40 });
}

function fieldNode(doc: Document, key: string, value: unknown): unknown {
  if (key === "start" && typeof value === "string") {
    // "09:30" unquoted is a number of minutes to a YAML 1.1 reader; quoted, every reader agrees.
    const clock = new Scalar(value);
    clock.type = Scalar.QUOTE_DOUBLE;
    return clock;
  }
  if (key === "description" && typeof value === "string" && value.length > LINE_WIDTH - 20 && FOLDABLE.test(value)) {
    const prose = new Scalar(value);
    prose.type = Scalar.BLOCK_FOLDED;
    return prose;
  }
  if (key === "agenda" && Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value as AgendaItem[]) seq.items.push(itemNode(doc, item));
    return seq;
  }
  return doc.createNode(value);
}

/** An agenda item with its keys in the starters' order. */
function itemNode(doc: Document, item: AgendaItem): YAMLMap {
  const map = new YAMLMap();
  const fields = item as Record<string, unknown>;
  const order = "break" in item ? ["break", "minutes"] : ["module", "sections", "objectives", "minutes"];
  for (const key of [...order, ...Object.keys(fields).filter((k) => !order.includes(k))]) {
    if (fields[key] !== undefined) map.add(doc.createPair(key, fields[key]));
  }
  return map;
}
