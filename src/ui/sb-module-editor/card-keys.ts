import type { BodyNode, Module } from "../../core/schema/module.ts";
import { isSpacer } from "../../core/modules/module-outline.ts";

/**
 * Keys for the cards of a module, stable while the trainer edits: a node keeps its key when it is
 * moved (same object), replaced by an edit (`same`), or rebuilt with the same content (`carry`).
 */
export class CardKeys {
  private readonly keys = new WeakMap<BodyNode, number>();
  private next = 1;

  of(node: BodyNode): number {
    let key = this.keys.get(node);
    if (key === undefined) {
      key = this.next++;
      this.keys.set(node, key);
    }
    return key;
  }

  /** The edited node takes the key of the node it replaces. */
  same(before: BodyNode, after: BodyNode): void {
    this.keys.set(after, this.of(before));
  }

  /** New nodes with the same content as a node of the module before take its key (each key once). */
  carry(before: Module | undefined, after: Module | undefined): void {
    if (!before || !after) return;
    const taken = new Set(after.body.flatMap((n) => this.keys.get(n) ?? []));
    const free = new Map<string, number[]>();
    for (const node of before.body) {
      const key = this.keys.get(node);
      if (key === undefined || taken.has(key) || isSpacer(node)) continue;
      free.set(contentOf(node), [...(free.get(contentOf(node)) ?? []), key]);
    }
    for (const node of after.body) {
      if (this.keys.has(node) || isSpacer(node)) continue;
      const key = free.get(contentOf(node))?.shift();
      if (key !== undefined) this.keys.set(node, key);
    }
  }
}

/** A note's blank lines around it change with its place in the file; its content does not. */
function contentOf(node: BodyNode): string {
  return node.kind === "markdown" ? `markdown:${node.text.trim()}` : JSON.stringify(node);
}
