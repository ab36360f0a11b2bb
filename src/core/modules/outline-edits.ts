import {
  addSection,
  canonicalModule,
  insertNode,
  moveNode,
  moveSection as moveSectionAt,
  removeNode,
  sectionIndices,
} from "./module-edits.ts";
import type { Module } from "../schema/module.ts";
import type { CardNode } from "./block-fields.ts";
import { outlineOf, type CardPlace } from "./module-outline.ts";

// The editor's edits in its own terms (cards at places in sections), made with the pure edits of
// module-edits.ts, which keep the body canonical; none changes the module it is given.

/** The body index before which a card lands to stand at `place` (the card moving, if any, not counted). */
function insertionIndex(module: Module, place: CardPlace, moving?: number): number {
  const outline = outlineOf(module);
  const cards = (place.section < 0 ? outline.intro : outline.sections[place.section]!.cards).filter((c) => c.index !== moving);
  const card = cards[place.card];
  if (card) return card.index;
  // At the end of the section: before the next heading, or at the end of the body.
  return outline.sections[place.section + 1]?.index ?? module.body.length;
}

/** The body index of the card at a place. */
function indexOfPlace(module: Module, place: CardPlace): number {
  const outline = outlineOf(module);
  const cards = place.section < 0 ? outline.intro : outline.sections[place.section]!.cards;
  return cards[place.card]!.index;
}

/** The module with a card added at the end of a section; also the card's new body index. */
export function appendCard(module: Module, section: number, node: CardNode): { module: Module; index: number } {
  const count = outlineOf(module).sections[section]?.cards.length ?? 0;
  const next = insertNode(module, insertionIndex(module, { section, card: count }), node);
  return { module: next, index: indexOfPlace(next, { section, card: count }) };
}

/** The module without the card at a body index. */
export function removeCard(module: Module, index: number): Module {
  return removeNode(module, index);
}

/** The module with a card moved; `to` is its place once moved. Also the card's new body index. */
export function moveCard(module: Module, from: number, to: CardPlace): { module: Module; index: number } {
  const next = moveNode(module, from, insertionIndex(module, to, from));
  return { module: next, index: indexOfPlace(next, to) };
}

/** The module with a new, empty section at the end. */
export function appendSection(module: Module, title: string): Module {
  return addSection(module, title);
}

/** The module with a section (and its cards) moved to another place among the sections. */
export function moveSection(module: Module, from: number, to: number): Module {
  return moveSectionAt(module, from, to);
}

/** The module without a section and its cards. */
export function removeSection(module: Module, section: number): Module {
  const starts = sectionIndices(module);
  const start = starts[section];
  if (start === undefined) return module;
  const end = starts[section + 1] ?? module.body.length;
  return canonicalModule({ meta: module.meta, body: module.body.filter((_, i) => i < start || i >= end) });
}

/** Why a section title cannot be saved as typed, or "" when it can. */
export function sectionTitleProblem(title: string): string {
  const t = title.trim();
  if (!t) return "A section needs a title.";
  // marked drops a closing run of # from a heading, so "Part #" would come back as "Part".
  if (/(^|\s)#+$/.test(t)) return "A section title can't end with #.";
  if (/\n/.test(t)) return "A section title is one line.";
  return "";
}
