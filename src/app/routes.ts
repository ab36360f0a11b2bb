/** Where the app is: hash routes such as `#/source/un-hrc-25-48-add1/para.%2075`. */
export type Route =
  | { view: "modules" }
  | { view: "library" }
  | { view: "search"; query?: string }
  | { view: "module"; moduleId: string }
  | { view: "sessions" }
  | { view: "session"; sessionId: string }
  | { view: "review"; moduleId?: string; sessionId?: string }
  | { view: "source"; sourceId: string; locator?: string };

/** Reads a location hash; anything unrecognised is the module library (the workbench's home). */
export function parseRoute(hash: string): Route {
  const [path = "", search = ""] = hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/");
  if (parts[0] === "source" && parts[1]) {
    const sourceId = decodePart(parts[1]);
    const locator = parts.length > 2 ? decodePart(parts.slice(2).join("/")) : "";
    return locator ? { view: "source", sourceId, locator } : { view: "source", sourceId };
  }
  if (parts[0] === "sources") return { view: "library" };
  if (parts[0] === "module" && parts[1]) return { view: "module", moduleId: decodePart(parts[1]) };
  if (parts[0] === "sessions") return { view: "sessions" };
  if (parts[0] === "session" && parts[1]) return { view: "session", sessionId: decodePart(parts[1]) };
  if (parts[0] === "review" && parts[1] === "module" && parts[2]) return { view: "review", moduleId: decodePart(parts[2]) };
  if (parts[0] === "review" && parts[1] === "session" && parts[2]) return { view: "review", sessionId: decodePart(parts[2]) };
  if (parts[0] === "search") {
    const query = new URLSearchParams(search).get("q") ?? "";
    return query ? { view: "search", query } : { view: "search" };
  }
  return { view: "modules" };
}

/** The hash that leads to a route. */
export function routeHref(route: Route): string {
  switch (route.view) {
    case "modules":
      return "#/";
    case "library":
      return "#/sources";
    case "search":
      return route.query ? `#/search?q=${encodeURIComponent(route.query)}` : "#/search";
    case "module":
      return `#/module/${encodeURIComponent(route.moduleId)}`;
    case "sessions":
      return "#/sessions";
    case "session":
      return `#/session/${encodeURIComponent(route.sessionId)}`;
    case "review":
      return route.sessionId
        ? `#/review/session/${encodeURIComponent(route.sessionId)}`
        : `#/review/module/${encodeURIComponent(route.moduleId ?? "")}`;
    case "source": {
      const base = `#/source/${encodeURIComponent(route.sourceId)}`;
      return route.locator ? `${base}/${encodeURIComponent(route.locator)}` : base;
    }
  }
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // a hand-typed "%" is kept as typed rather than losing the route
  }
}
