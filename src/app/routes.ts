/** Where the app is: hash routes such as `#/source/un-hrc-25-48-add1/para.%2075`. */
export type Route = { view: "library" } | { view: "source"; sourceId: string; locator?: string };

/** Reads a location hash; anything unrecognised is the library. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/");
  if (parts[0] === "source" && parts[1]) {
    const sourceId = decodePart(parts[1]);
    const locator = parts.length > 2 ? decodePart(parts.slice(2).join("/")) : "";
    return locator ? { view: "source", sourceId, locator } : { view: "source", sourceId };
  }
  return { view: "library" };
}

/** The hash that leads to a route. */
export function routeHref(route: Route): string {
  if (route.view === "library") return "#/";
  const base = `#/source/${encodeURIComponent(route.sourceId)}`;
  return route.locator ? `${base}/${encodeURIComponent(route.locator)}` : base;
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a hand-typed "%" is kept as typed rather than losing the route
  }
}
