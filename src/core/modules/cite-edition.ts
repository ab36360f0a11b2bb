import type { Module } from "../schema/module.ts";

/**
 * The module with the excerpts at these body indices citing `sourceId` (a new edition) at the
 * locators given; every other node, and the body's layout, as it was.
 */
export function citeEdition(module: Module, sourceId: string, locators: ReadonlyMap<number, string>): Module {
  const body = module.body.map((node, i) => {
    const locator = locators.get(i);
    return node.kind === "excerpt" && locator !== undefined ? { ...node, sourceId, locator } : node;
  });
  return { ...module, body };
}
