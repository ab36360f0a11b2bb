// The command table sits among the commands it runs: src/cli/ holds only what they share, so no folder imports back.
import { parseArgs } from "node:util";
import { addSource } from "./add-source.ts";
import { cite } from "./cite.ts";
import { sources } from "./sources.ts";
import { exportHandouts } from "./export.ts";
import { formatModules } from "./fmt.ts";
import { verifyModules } from "./verify.ts";
import { libraryRoot } from "../library.ts";
import { UsageError } from "../usage-error.ts";

const HELP = `sourcebook — cite, verify and manage the sources of training modules

Usage:
  sourcebook cite <source-id> <quote> [--locator L] [--json]
      Verify a quote against a source. Exit 0 verified, 1 rejected, 2 usage error.
  sourcebook sources [--json]
      List the library with passage and note counts.
  sourcebook verify [files…] [--json] [--update]
      Verify every excerpt in the module files (default: all of modules/).
      --update records where each excerpt was found in modules/anchors.lock.json.
  sourcebook export <session.yaml> --edition participant|trainer|card|audit --out file.pdf
                    [--paper a4|letter] [--template default]
  sourcebook export --all --out <dir> [--edition E] [--paper a4|letter]
      Print handouts as PDF: one session and edition, or every starter session × edition.
  sourcebook fmt [files…] [--check]
      Rewrite module files in their canonical form (--check: only report which differ).
  sourcebook add-source <file> --id ID --title T --publisher P --date YYYY[-MM[-DD]]
                        --rights "notice" [--kind K] [--author A] [--url U] [--language en]
                        [--permission-required] [--licence L] [--series S] [--edition E]
                        [--short-cite "Org (2020)"] [--structure plain-text|markdown] [--file-name F]
      Add a plain-text or Markdown document to sources/ and the catalog.

Options:
  --library DIR   the folder holding sources/ and modules/ (default: here, else the package)
  --json          machine-readable output
`;

const OPTIONS = {
  json: { type: "boolean" },
  update: { type: "boolean" },
  all: { type: "boolean" },
  out: { type: "string", short: "o" },
  paper: { type: "string" },
  template: { type: "string" },
  check: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  library: { type: "string" },
  locator: { type: "string", short: "l" },
  id: { type: "string" },
  title: { type: "string" },
  author: { type: "string" },
  publisher: { type: "string" },
  date: { type: "string" },
  url: { type: "string" },
  accessed: { type: "string" },
  kind: { type: "string" },
  language: { type: "string" },
  rights: { type: "string" },
  "permission-required": { type: "boolean" },
  licence: { type: "string" },
  series: { type: "string" },
  edition: { type: "string" },
  "short-cite": { type: "string" },
  structure: { type: "string" },
  "file-name": { type: "string" },
} as const;

/** Runs the command line; returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      console.log(HELP);
      return command || values.help ? 0 : 2;
    }
    const root = libraryRoot(values.library);
    const json = values.json ?? false;
    switch (command) {
      case "cite": {
        const [sourceId, ...words] = rest;
        if (!sourceId || words.length === 0)
          throw new UsageError("cite needs a source id and a quote: sourcebook cite <source-id> <quote>.");
        return cite({ root, sourceId, quote: words.join(" "), json, ...(values.locator !== undefined ? { locator: values.locator } : {}) });
      }
      case "sources":
        return sources({ root, json });
      case "verify":
        return verifyModules({ root, files: rest, json, update: values.update ?? false });
      case "export":
        return await exportHandouts({
          root,
          all: values.all ?? false,
          ...(rest[0] !== undefined ? { session: rest[0] } : {}),
          ...(values.edition !== undefined ? { edition: values.edition } : {}),
          ...(values.out !== undefined ? { out: values.out } : {}),
          ...(values.paper !== undefined ? { paper: values.paper } : {}),
          ...(values.template !== undefined ? { template: values.template } : {}),
        });
      case "fmt":
        return formatModules({ root, files: rest, check: values.check ?? false });
      case "add-source": {
        if (rest.length !== 1) throw new UsageError("add-source needs exactly one file: sourcebook add-source <file> --id … --title ….");
        return addSource({ root, file: rest[0]!, fields: values, json });
      }
      default:
        throw new UsageError(
          `Unknown command "${command}". Commands: cite, sources, verify, export, fmt, add-source (see sourcebook --help).`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`sourcebook: ${e.message}`);
      return 2;
    }
    if (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS")) {
      console.error(`sourcebook: ${e.message.split("\n")[0]} (see sourcebook --help).`);
      return 2;
    }
    throw e;
  }
}
