import type { Module } from "../schema/module.ts";
import type { CardNode } from "./block-fields.ts";
import { CARD_NAMES } from "./card-names.ts";
import { appendCard, moveCard, moveSection, removeCard, removeSection } from "./outline-edits.ts";
import { FIRST_FIELD, newCard, type NewKind } from "./new-blocks.ts";
import { indexAt, outlineOf, placeOf, stepPlace, type CardPlace } from "./module-outline.ts";

// The editor's structural changes, as pure functions: the new module (none when nothing changes),
// what to focus once it is shown, and what to tell a screen reader.

/** What gets focus after a change: a card's field (by body index), or a section's handle or title. */
export type FocusTarget =
  { card: number; field?: string; select?: boolean; grab?: boolean } | { section: number; field: "handle" | "title"; grab?: boolean };

/** What a drag moves: a card by its body index, or a section by its place among the sections. */
export type DragItem = { type: "card" | "section"; index: number };
/** Where a drag ends: before or after a card or section (indexed as a DragItem is), or at the end of a section's cards. */
export type DropTarget = DragItem & { where: "before" | "after" | "end" };

export interface StructureChange {
  module?: Module;
  focus?: FocusTarget;
  announcement: string;
}

const nameOf = (module: Module, index: number) => CARD_NAMES[(module.body[index] as CardNode).kind].toLowerCase();

export function addCard(module: Module, section: number, kind: NewKind, sourceId: string): StructureChange {
  const added = appendCard(module, section, newCard(kind, module.meta.audiences, sourceId));
  return {
    module: added.module,
    focus: { card: added.index, field: FIRST_FIELD[kind], select: true },
    announcement: `Added ${CARD_NAMES[kind].toLowerCase()} at the end of section ${section + 1}.`,
  };
}

export function deleteCard(module: Module, index: number): StructureChange {
  const place = placeOf(outlineOf(module), index);
  if (!place) return { announcement: "" };
  const next = removeCard(module, index);
  // Focus goes to the card that took its place, else the one before, else the section's handle.
  const after = indexAt(outlineOf(next), place) ?? indexAt(outlineOf(next), { ...place, card: place.card - 1 });
  return {
    module: next,
    focus: after !== undefined ? { card: after } : { section: Math.max(0, place.section), field: "handle" },
    announcement: `Deleted the ${nameOf(module, index)}. Undo brings it back.`,
  };
}

export function deleteSection(module: Module, section: number): StructureChange {
  return {
    module: removeSection(module, section),
    focus: { section: Math.max(0, section - 1), field: "handle" },
    announcement: `Deleted section ${section + 1} and its blocks. Undo brings them back.`,
  };
}

/** One step up or down (Alt+Arrow): past the neighbour, or into the next section. */
export function stepCard(module: Module, index: number, by: -1 | 1, field = "handle", grab = false): StructureChange {
  const outline = outlineOf(module);
  const from = placeOf(outline, index);
  const to = from && stepPlace(outline, from, by);
  if (!from || !to) return { announcement: by < 0 ? "Already at the top." : "Already at the bottom." };
  return moveCardTo(module, from, to, field, grab);
}

/** Moves a card and says where it went; focus follows it. */
function moveCardTo(module: Module, from: CardPlace, to: CardPlace, field = "handle", grab = false): StructureChange {
  const index = indexAt(outlineOf(module), from)!;
  const moved = moveCard(module, index, to);
  const outline = outlineOf(moved.module);
  const section = to.section < 0 ? undefined : outline.sections[to.section];
  const count = (section?.cards ?? outline.intro).length;
  return {
    module: moved.module,
    focus: { card: moved.index, field, grab },
    announcement: `Moved ${nameOf(module, index)} to ${to.card + 1} of ${count} in ${section ? `section ${to.section + 1}, “${section.title}”` : "the opening"}.`,
  };
}

export function moveSectionTo(module: Module, from: number, to: number): StructureChange {
  const sections = outlineOf(module).sections;
  if (to === from) return { announcement: "" };
  if (to < 0 || to >= sections.length) return { announcement: to < 0 ? "Already the first section." : "Already the last section." };
  return {
    module: moveSection(module, from, to),
    focus: { section: to, field: "handle" },
    announcement: `Moved section “${sections[from]!.title}” to ${to + 1} of ${sections.length}.`,
  };
}

/** A drag ended on a drop target. */
export function dropItem(module: Module, item: DragItem, target: DropTarget): StructureChange {
  if (item.type === "section") {
    const to = target.where === "after" ? target.index + 1 : target.index;
    return moveSectionTo(module, item.index, to > item.index ? to - 1 : to);
  }
  const outline = outlineOf(module);
  const from = placeOf(outline, item.index);
  if (!from) return { announcement: "" };
  let to: CardPlace;
  if (target.type === "section") to = { section: target.index, card: outline.sections[target.index]!.cards.length };
  else {
    const at = placeOf(outline, target.index);
    if (!at) return { announcement: "" };
    to = { section: at.section, card: at.card + (target.where === "after" ? 1 : 0) };
  }
  // Taking the card out first shifts the later places of its own section up by one.
  if (to.section === from.section && to.card > from.card) to = { ...to, card: to.card - 1 };
  if (to.section === from.section && to.card === from.card) return { announcement: "" };
  return moveCardTo(module, from, to);
}
