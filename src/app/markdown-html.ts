import DOMPurify, { type Config } from "dompurify";
import { Marked } from "marked";

// Trainer Markdown (possibly from an imported, untrusted module) becomes HTML only here:
// marked writes HTML without any checks, so everything it writes goes through DOMPurify.

/** Plain GFM: notes hold no `:::` blocks of their own, and single line breaks stay soft. */
const markdown = new Marked({ gfm: true, breaks: false });

/** What a trainer's note may contain once rendered: text structure and links, nothing active. */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "del",
    "s",
    "code",
    "pre",
    "a",
    "abbr",
    "sub",
    "sup",
    "kbd",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  ALLOWED_ATTR: ["href", "title", "align", "start"],
  // Links only to web pages, mail addresses and places in the app; relative paths, javascript:, data: and the rest are dropped.
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|mailto:|#)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_ATTR: ["style"],
  FORBID_TAGS: ["style", "script", "svg", "math", "iframe", "object", "embed", "form", "template"],
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

/** A DOMPurify of our own, so its hooks touch nobody else's sanitising. */
let purifier: ReturnType<typeof DOMPurify> | undefined;

function purify(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // A link opens outside the app, and the page it opens gets no handle back on ours.
  purifier.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName !== "A") return;
    const href = node.getAttribute("href") ?? "";
    if (/^https?:/i.test(href)) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    } else {
      node.removeAttribute("target");
    }
  });
  return purifier;
}

/** Trainer Markdown as HTML that is safe to put into the page: marked, then DOMPurify with a strict list. */
export function markdownToSafeHtml(text: string): string {
  const unsafe = markdown.parse(text, { async: false });
  return purify().sanitize(unsafe, CONFIG) as string;
}
