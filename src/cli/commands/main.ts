// The command table sits among the commands it runs: src/cli/ holds only what they share, so no folder imports back.
// Each command is imported when it runs: `cite` never loads the PDF, YAML or Markdown code.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Library, libraryRoot, useParseCache } from "../library.ts";
import { shownPath } from "../format.ts";
import { ParseCache } from "../parse-cache.ts";
import { isSystemError, systemFailure } from "../system-error.ts";
import { UsageError } from "../usage-error.ts";

const HELP = `sourcebook — cite, verify and manage the sources of training modules

Usage:
  sourcebook cite <source-id> "<quote>" [--locator L] [--json]
      Verify a quote against a source. Exit 0 verified, 1 rejected, 2 usage error.
  sourcebook cite --batch <file.jsonl|->
      Verify one {"source","quote","locator"?} per line; print one JSON verdict per line.
      Exit 0 all verified, 1 any rejected or bad line, 2 usage error.
  sourcebook sources [--json]
      List the library with passage and note counts.
  sourcebook verify [files…] [--json] [--update] [--strict]
      Verify every excerpt in the module files (default: all of modules/), and list the
      cautions on verified words. --strict also fails (exit 1) on a caution the module does
      not acknowledge. --update records where each excerpt was found in modules/anchors.lock.json.
  sourcebook reverify --from <old-id> --to <new-id> [files…] [--json] [--write]
      Check every excerpt citing an old edition against the new one: unchanged (same words at
      the same locator), moved (same words, another locator), changed (with the word diff) or
      gone. Exit 0 all unchanged or moved, 1 any changed or gone, 2 usage error. --write
      rewrites the unchanged and moved excerpts to cite the new edition.
  sourcebook export <session.yaml> --edition participant|trainer|card|audit|knowledge-check|evaluation --out file.pdf
                    [--paper a4|letter] [--template default]
                    [--languages both|en|ru] [--lang en|ru|ky]
  sourcebook export --all --out <dir> [--edition E] [--paper a4|letter] [--lang en|ru|ky]
      Print handouts as PDF: one session and edition, or every starter session × edition.
      --lang: the language of the handout's own words (headings, labels, page numbers, dates,
      DRAFT reasons; default en); the modules' text prints as the modules give it.
      --languages: an excerpt with a parallel quote prints both versions, or the one named
      (default: the excerpt's own words).
  sourcebook fmt [files…] [--check]
      Rewrite module files in their canonical form (--check: only report which differ).
  sourcebook add-source <file> --id ID --title T --publisher P --date YYYY[-MM[-DD]]
                        --rights "notice" [--kind K] [--author A] [--url U] [--language en]
                        [--permission-required] [--licence L] [--series S] [--edition E]
                        [--short-cite "Org (2020)"] [--structure plain-text|markdown] [--file-name F]
      Add a PDF, web page (.html), Word (.docx), plain-text or Markdown document to sources/ and
      the catalog (its kind told from its content); prints its pages, passages, notes, locator
      scheme and the running headers and footers removed.

Options:
  --library DIR   the folder holding sources/ and modules/ (default: here, else the package)
  --json          machine-readable output

Parsed sources are cached in node_modules/.cache/sourcebook (or $SOURCEBOOK_CACHE_DIR).
`;

const OPTIONS = {
  json: { type: "boolean" },
  batch: { type: "string" },
  update: { type: "boolean" },
  strict: { type: "boolean" },
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
  languages: { type: "string" },
  licence: { type: "string" },
  series: { type: "string" },
  edition: { type: "string" },
  "short-cite": { type: "string" },
  structure: { type: "string" },
  "file-name": { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  write: { type: "boolean" },
  lang: { type: "string" },
} as const;

/** Where the command runs from, as bin/sourcebook.js knows it. */
export interface RunEnv {
  /** The package's folder: its library is the default one, its node_modules/.cache holds the parse cache. */
  packageRoot: string;
  /** A hash of the parsing code; without one nothing is cached. */
  parserVersion?: string;
}

const SOURCE_PACKAGE: RunEnv = { packageRoot: resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..") };

/** An example value for each option that takes one, for the message when it is missing. */
const EXAMPLES: Record<string, string> = {
  locator: '--locator "para. 14"',
  batch: "--batch quotes.jsonl",
  library: "--library ./my-library",
  out: "--out handout.pdf",
  paper: "--paper a4",
  languages: "--languages both",
  lang: "--lang ru",
  edition: "--edition trainer",
  from: "--from us-tip-2016-kg",
  to: "--to us-tip-2017-kg",
};

/** Runs the command line; returns the exit code. */
export async function run(argv: string[], env: RunEnv = SOURCE_PACKAGE): Promise<number> {
  try {
    const { values, positionals } = parseArguments(argv);
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      console.log(HELP);
      return command || values.help ? 0 : 2;
    }
    const root = libraryRoot(values.library, env.packageRoot);
    const json = values.json ?? false;
    if (env.parserVersion !== undefined)
      useParseCache(
        new ParseCache(
          process.env.SOURCEBOOK_CACHE_DIR || join(env.packageRoot, "node_modules", ".cache", "sourcebook"),
          env.parserVersion,
        ),
      );
    switch (command) {
      case "cite": {
        if (values.batch !== undefined) {
          if (rest.length > 0)
            throw new UsageError(`cite --batch reads its quotes from the file, so "${rest[0]}" is one argument too many.`);
          const { citeBatch } = await import("./cite-batch.ts");
          return await citeBatch({ library: await Library.open(root), file: values.batch });
        }
        const [sourceId, quote, extra] = rest;
        if (!sourceId || quote === undefined)
          throw new UsageError('cite needs a source id and a quote: sourcebook cite <source-id> "<quote>".');
        if (extra !== undefined)
          throw new UsageError(
            `cite takes one quote, but "${extra}" came after it; put the whole quote in quotes: sourcebook cite ${sourceId} "${clipWords(rest.slice(1).join(" "))}".`,
          );
        const { cite } = await import("./cite.ts");
        return cite({
          library: await Library.open(root),
          sourceId,
          quote,
          json,
          ...(values.locator !== undefined ? { locator: values.locator } : {}),
        });
      }
      case "sources": {
        const { sources } = await import("./sources.ts");
        return sources({ root, library: await Library.open(root), json });
      }
      case "verify": {
        const { verifyModules } = await import("./verify.ts");
        return verifyModules({
          root,
          library: await Library.open(root),
          files: rest,
          json,
          update: values.update ?? false,
          strict: values.strict ?? false,
        });
      }
      case "reverify": {
        if (values.from === undefined || values.to === undefined)
          throw new UsageError("reverify needs the old edition and the new one: sourcebook reverify --from <old-id> --to <new-id>.");
        const { reverify } = await import("./reverify.ts");
        return reverify({
          root,
          library: await Library.open(root),
          from: values.from,
          to: values.to,
          files: rest,
          json,
          write: values.write ?? false,
        });
      }
      case "export": {
        const { exportHandouts } = await import("./export.ts");
        return await exportHandouts({
          root,
          all: values.all ?? false,
          ...(rest[0] !== undefined ? { session: rest[0] } : {}),
          ...(values.edition !== undefined ? { edition: values.edition } : {}),
          ...(values.out !== undefined ? { out: values.out } : {}),
          ...(values.paper !== undefined ? { paper: values.paper } : {}),
          ...(values.template !== undefined ? { template: values.template } : {}),
          ...(values.languages !== undefined ? { languages: values.languages } : {}),
          ...(values.lang !== undefined ? { lang: values.lang } : {}),
        });
      }
      case "fmt": {
        const { formatModules } = await import("./fmt.ts");
        return formatModules({ root, files: rest, check: values.check ?? false });
      }
      case "add-source": {
        if (rest.length !== 1) throw new UsageError("add-source needs exactly one file: sourcebook add-source <file> --id … --title ….");
        const { addSource } = await import("./add-source.ts");
        return await addSource({ root, file: rest[0]!, fields: values, json });
      }
      default:
        throw new UsageError(
          `Unknown command "${command}". Commands: cite, sources, verify, reverify, export, fmt, add-source (see sourcebook --help).`,
        );
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`sourcebook: ${e.message}`);
      return 2;
    }
    // A file the system would not let us use (unreadable, vanished …) is for the user to fix, like a usage error.
    if (isSystemError(e)) {
      console.error(`sourcebook: ${systemFailure(e, shownPath)}`);
      return 2;
    }
    throw e;
  }
}

/** parseArgs, with its errors turned into one sentence a user can act on. */
function parseArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    if (!(e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) throw e;
    // "--locator --json" and a trailing "--locator" both leave an option without its value.
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const name = Object.entries(OPTIONS)
        .filter(([, o]) => o.type === "string")
        .map(([o]) => o)
        .find((o) => e.message.includes(`--${o} `) || e.message.includes(`'--${o}'`));
      if (name) throw new UsageError(`--${name} needs a value${EXAMPLES[name] ? `, e.g. ${EXAMPLES[name]}` : ""}.`);
    }
    throw new UsageError(`${e.message.split("\n")[0]} (see sourcebook --help).`);
  }
}

/** The first words of a long quote, for a message. */
function clipWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text : `${words.slice(0, 8).join(" ")} …`;
}
