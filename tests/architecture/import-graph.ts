import { builtinModules } from "node:module";
import { posix } from "node:path";
import ts from "typescript";

// The import graph of src/ and the layer rules of DESIGN.md checked against it. Files are given as a
// map of repository paths ("src/core/a.ts") to their text, so the rules run on synthetic maps too.

/** One import of one file: `target` is the repository path a relative specifier points at. */
export interface ImportEdge {
  file: string;
  specifier: string;
  target?: string;
}

/** Every import, re-export and `import()` of every file, read with TypeScript's own parser. */
export function readImports(files: ReadonlyMap<string, string>): ImportEdge[] {
  return [...files].flatMap(([file, text]) =>
    ts.preProcessFile(text, true, true).importedFiles.map(({ fileName: specifier }) => {
      if (!specifier.startsWith(".")) return { file, specifier };
      return { file, specifier, target: resolveRelative(file, specifier, files) };
    }),
  );
}

function resolveRelative(file: string, specifier: string, files: ReadonlyMap<string, string>): string {
  const path = posix.join(posix.dirname(file), specifier);
  if (posix.extname(path) || files.has(path)) return path;
  return [`${path}.ts`, `${path}/index.ts`].find((p) => files.has(p)) ?? path;
}

export function folderOf(path: string): string {
  return posix.dirname(path);
}

/** "@noble/hashes" of "@noble/hashes/sha2.js", "lit" of "lit/decorators.js". */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || builtinModules.includes(packageOf(specifier));
}

const within = (path: string | undefined, folder: string) => !!path && (path === folder || path.startsWith(`${folder}/`));
const importText = (edge: ImportEdge) => `${edge.file} imports "${edge.specifier}"`;

/** src/core: no Lit, no Node built-ins, nothing of the app, the UI or the CLI, and only the packages listed. */
export function coreViolations(edges: readonly ImportEdge[], packages: readonly string[]): string[] {
  return edges
    .filter((e) => within(e.file, "src/core"))
    .flatMap((e) => {
      if (e.target) {
        const layer = ["src/app", "src/ui", "src/cli"].find((f) => within(e.target, f));
        return layer ? [`${importText(e)}: the core never imports ${layer}`] : [];
      }
      if (isNodeBuiltin(e.specifier)) return [`${importText(e)}: the core never imports Node built-ins (it also runs in the browser)`];
      if (packageOf(e.specifier) === "lit" || e.specifier.startsWith("@lit/")) return [`${importText(e)}: the core never imports Lit`];
      if (!packages.includes(packageOf(e.specifier)))
        return [`${importText(e)}: ${packageOf(e.specifier)} is not among the core's packages (${packages.join(", ")})`];
      return [];
    });
}

/** Files under `folder` that import from any of `forbidden`. */
export function layerViolations(edges: readonly ImportEdge[], folder: string, forbidden: readonly string[]): string[] {
  return edges
    .filter((e) => within(e.file, folder))
    .flatMap((e) => {
      const layer = forbidden.find((f) => within(e.target, f));
      return layer ? [`${importText(e)}: ${folder} never imports ${layer}`] : [];
    });
}

/** src/ui/sb-x/ may take from src/ui/sb-y/ only its element module, sb-y/sb-y.ts. */
export function elementFolderViolations(edges: readonly ImportEdge[]): string[] {
  const elementFolder = (path: string) => /^src\/ui\/(sb-[^/]+)\//.exec(path)?.[1];
  return edges.flatMap((e) => {
    const from = elementFolder(e.file);
    const to = e.target && elementFolder(e.target);
    if (!from || !to || from === to || e.target === `src/ui/${to}/${to}.ts`) return [];
    return [
      `${importText(e)}: another element's folder is used only through its element, ${to}/${to}.ts; shared UI code lives outside element folders`,
    ];
  });
}

/**
 * Folders (or files) that import each other, directly or through others (`tangled`), and one
 * cycle among them: each of `members` imports the next, the last the first, `via` one import each.
 */
export interface ImportCycle {
  tangled: string[];
  members: string[];
  via: ImportEdge[];
}

/** One cycle for each set of folders that import each other. */
export function folderCycles(edges: readonly ImportEdge[]): ImportCycle[] {
  return cyclesOf(edges, folderOf);
}

/** One cycle for each set of files that import each other. */
export function fileCycles(edges: readonly ImportEdge[]): ImportCycle[] {
  return cyclesOf(edges, (path) => path);
}

export function describeCycle(cycle: ImportCycle): string {
  const others = cycle.tangled.filter((m) => !cycle.members.includes(m));
  const also = others.length > 0 ? ` (tangled with ${others.join(", ")} too)` : "";
  return [`${[...cycle.members, cycle.members[0]].join(" → ")}${also}`, ...cycle.via.map((e) => `  ${importText(e)}`)].join("\n");
}

type Graph = Map<string, Map<string, ImportEdge>>;

function cyclesOf(edges: readonly ImportEdge[], memberOf: (path: string) => string): ImportCycle[] {
  const graph: Graph = new Map();
  for (const e of edges) {
    if (!e.target) continue;
    const [from, to] = [memberOf(e.file), memberOf(e.target)];
    if (from === to) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, e);
  }
  return stronglyConnected(graph)
    .filter((group) => group.length > 1)
    .map((group) => cycleThrough(graph, group, memberOf));
}

/** Tarjan's algorithm: the strongly connected sets of members, each sorted. */
function stronglyConnected(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups;
}

/** The shortest way from the group's first member back to itself, staying inside the group. */
function cycleThrough(graph: Graph, group: string[], memberOf: (path: string) => string): ImportCycle {
  const start = group[0]!;
  const cameFrom = new Map<string, ImportEdge>();
  const queue = [start];
  while (queue.length > 0 && !cameFrom.has(start)) {
    for (const [w, edge] of graph.get(queue.shift()!) ?? []) {
      if (!group.includes(w) || cameFrom.has(w)) continue;
      cameFrom.set(w, edge);
      queue.push(w);
    }
  }
  const via: ImportEdge[] = [];
  let at = start;
  do {
    const edge = cameFrom.get(at)!;
    via.unshift(edge);
    at = memberOf(edge.file);
  } while (at !== start);
  return { tangled: group, members: via.map((e) => memberOf(e.file)), via };
}
