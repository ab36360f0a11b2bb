import type { BodyNode, Module } from "../schema/module.ts";
import type { CardNode } from "./block-fields.ts";

/** A card as the editor shows it, with the index of its node in `module.body`. */
export interface OutlineCard {
  index: number;
  node: CardNode;
}

/** A section as the editor shows it: its heading's index in `module.body`, its title and cards. */
export interface OutlineSection {
  index: number;
  title: string;
  cards: OutlineCard[];
}

/** The module body as the editor shows it: text before the first heading, then sections. */
export interface Outline {
  intro: OutlineCard[];
  sections: OutlineSection[];
}

/** Only white space: the blank line the file format keeps between blocks, not a note. */
export function isSpacer(node: BodyNode): boolean {
  return node.kind === "markdown" && node.text.trim() === "";
}

/** Groups the body into sections of cards, leaving out the blank-line spacers. */
export function outlineOf(module: Module): Outline {
  const outline: Outline = { intro: [], sections: [] };
  module.body.forEach((node, index) => {
    if (node.kind === "section") outline.sections.push({ index, title: node.title, cards: [] });
    else if (!isSpacer(node)) (outline.sections.at(-1)?.cards ?? outline.intro).push({ index, node });
  });
  return outline;
}

/** Where a card sits: its section (-1 before the first heading) and its place among the section's cards. */
export interface CardPlace {
  section: number;
  card: number;
}

/** The place of the card whose node is at a body index. */
export function placeOf(outline: Outline, index: number): CardPlace | undefined {
  const lists = [outline.intro, ...outline.sections.map((s) => s.cards)];
  for (let s = 0; s < lists.length; s++) {
    const card = lists[s]!.findIndex((c) => c.index === index);
    if (card >= 0) return { section: s - 1, card };
  }
  return undefined;
}

/** The body index of the card at a place, if there is one. */
export function indexAt(outline: Outline, place: CardPlace): number | undefined {
  const cards = place.section < 0 ? outline.intro : outline.sections[place.section]?.cards;
  return cards?.[place.card]?.index;
}

/**
 * Where a card moved one step up or down lands: past its neighbour in the section, or, at either
 * end of a section, into the next section's start or the previous section's end.
 */
export function stepPlace(outline: Outline, from: CardPlace, by: -1 | 1): CardPlace | undefined {
  const count = (s: number) => (s < 0 ? outline.intro.length : outline.sections[s]!.cards.length);
  const next = from.card + by;
  if (next >= 0 && next < count(from.section)) return { section: from.section, card: next };
  const section = from.section + by;
  // The text before the first heading is not a place cards move into.
  if (section < 0 || section >= outline.sections.length) return undefined;
  return { section, card: by < 0 ? count(section) : 0 };
}
