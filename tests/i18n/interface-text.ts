import ts from "typescript";

/** One piece of text a person would read that does not go through the message catalogue. */
export interface LooseText {
  line: number;
  text: string;
}

/** Attributes a person reads (or hears from a screen reader); every other attribute's value is for the machine. */
const READ_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label", "aria-description", "aria-roledescription"]);
/** Properties an element shows, set in a template as `.label=${…}`. */
const READ_PROPERTIES = new Set(["label", "title", "placeholder", "heading", "text"]);
/** Fields of an element whose value is put on screen as a notice, a toast or a live announcement. */
const NOTICE_FIELDS = new Set(["notice", "message", "announcement", "problem", "sourceError", "newSectionProblem"]);
/** Methods of an element that put their first argument on screen as a notice. */
const NOTICE_METHODS = new Set(["say", "announce", "notify", "toast"]);

/** Stands for an interpolation in a template's static text. */
const HOLE = "\uE000";

/** Text a person reads: it has a letter. Single symbols (×, ·, —, …) and digits do not. */
const isWords = (text: string) => /\p{L}/u.test(text);

/** Where an interpolation sits in the HTML of a template: the text between tags, or an attribute's value. */
type Place = { kind: "text" } | { kind: "attribute"; name: string } | { kind: "other" };

/** The template's static text, with `\uE000` (a private-use character) where each expression goes, and each character's position in the file. */
function staticText(template: ts.TemplateLiteral): { text: string; positions: number[] } {
  const parts: { raw: string; start: number }[] = [];
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    parts.push({ raw: template.getText().slice(1, -1), start: template.getStart() + 1 });
  } else {
    parts.push({ raw: template.head.getText().slice(1, -2), start: template.head.getStart() + 1 });
    for (const span of template.templateSpans) {
      const literal = span.literal;
      const tail = ts.isTemplateTail(literal);
      parts.push({ raw: literal.getText().slice(1, tail ? -1 : -2), start: literal.getStart() + 1 });
    }
  }
  let text = "";
  const positions: number[] = [];
  parts.forEach((part, i) => {
    if (i > 0) {
      text += HOLE;
      positions.push(part.start);
    }
    for (let c = 0; c < part.raw.length; c++) positions.push(part.start + c);
    text += part.raw;
  });
  return { text, positions };
}

/**
 * Reads an `html` template's static text as HTML, just enough to tell text between tags from attribute values:
 * reports loose words, and says where each interpolation sits.
 */
function scanHtml(template: ts.TemplateLiteral, report: (position: number, text: string) => void): Place[] {
  const { text, positions } = staticText(template);
  const places: Place[] = [];
  let i = 0;
  let inTag = false;
  let textStart = 0;
  let rawElement = ""; // inside <style> or <script>: not read by people
  const flushText = (end: number) => {
    const run = text.slice(textStart, end).split(HOLE).join(" ");
    // Character references (&nbsp; &times;) are symbols, not words.
    const words = run.replace(/&[#\w]+;/g, " ").trim();
    if (!rawElement && isWords(words)) report(positions[textStart + run.search(/\S/)] ?? positions[textStart]!, words);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (!inTag) {
      if (text.startsWith("<!--", i)) {
        flushText(i);
        const end = text.indexOf("-->", i);
        for (let k = i; k < (end < 0 ? text.length : end); k++) if (text[k] === HOLE) places.push({ kind: "other" });
        i = end < 0 ? text.length : end + 3;
        textStart = i;
        continue;
      }
      if (c === "<" && /[a-zA-Z/]/.test(text[i + 1] ?? "")) {
        flushText(i);
        const name = /^<\/?([\w-]+)/.exec(text.slice(i))?.[1]?.toLowerCase() ?? "";
        if (text[i + 1] === "/" && name === rawElement) rawElement = "";
        else if (name === "style" || name === "script") rawElement = name;
        inTag = true;
        i += 1;
        continue;
      }
      if (c === HOLE) places.push(rawElement ? { kind: "other" } : { kind: "text" });
      i += 1;
      continue;
    }
    // Inside a tag: attributes, each `name`, `name=value`, `name="value"` or `name='value'`.
    if (c === ">") {
      inTag = false;
      i += 1;
      textStart = i;
      continue;
    }
    if (c === HOLE) {
      places.push({ kind: "other" }); // a whole-tag binding, such as ${ref(…)}
      i += 1;
      continue;
    }
    const nameMatch = /^[^\s=>"'\uE000/]+/.exec(text.slice(i));
    if (!nameMatch) {
      i += 1;
      continue;
    }
    const attribute = nameMatch[0].toLowerCase();
    i += attribute.length;
    if (text[i] !== "=") continue;
    i += 1;
    const quote = text[i] === '"' || text[i] === "'" ? text[i]! : "";
    if (quote) i += 1;
    const valueStart = i;
    while (i < text.length && (quote ? text[i] !== quote : !/[\s>]/.test(text[i]!))) i += 1;
    const value = text.slice(valueStart, i);
    if (quote) i += 1;
    const read = READ_ATTRIBUTES.has(attribute) || (attribute.startsWith(".") && READ_PROPERTIES.has(attribute.slice(1)));
    for (const ch of value) if (ch === HOLE) places.push(read ? { kind: "attribute", name: attribute } : { kind: "other" });
    const words = value.split(HOLE).join(" ").trim();
    if (read && isWords(words)) report(positions[valueStart]!, words);
  }
  flushText(text.length);
  return places;
}

/** The string literals an expression can evaluate to as it stands: through `a ? b : c`, `a ?? b`, `a || b`, `(a)` and untagged templates. */
function literalTexts(node: ts.Expression, report: (position: number, text: string) => void): void {
  if (ts.isStringLiteral(node)) {
    if (isWords(node.text)) report(node.getStart(), node.text);
  } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
    const { text, positions } = staticText(node);
    const words = text.split(HOLE).join(" ").trim();
    if (isWords(words)) report(positions[text.search(/[^\s\uE000]/)] ?? node.getStart(), words);
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) {
    literalTexts(node.expression, report);
  } else if (ts.isConditionalExpression(node)) {
    literalTexts(node.whenTrue, report);
    literalTexts(node.whenFalse, report);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
      literalTexts(node.left, report);
      literalTexts(node.right, report);
    } else if (op === ts.SyntaxKind.PlusToken) {
      literalTexts(node.left, report);
      literalTexts(node.right, report);
    } else if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
      literalTexts(node.right, report);
    }
  } else if (ts.isObjectLiteralExpression(node)) {
    // A notice given as { text: "…", href }: its text.
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property) && property.name.getText() === "text") literalTexts(property.initializer, report);
    }
  }
}

const isHtmlTag = (node: ts.TaggedTemplateExpression) => ts.isIdentifier(node.tag) && node.tag.text === "html";

const isMsgCall = (node: ts.Node) => ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "msg";

/**
 * Every piece of text a person reads in a TypeScript file that is not inside `msg()`: the text between tags and
 * the read attributes of `html` templates, string literals put there directly, and text given to a notice
 * (an assignment to a field such as `this.message` or `this.notice`).
 */
export function looseInterfaceText(fileName: string, source: string): LooseText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LooseText[] = [];
  const report = (position: number, text: string) => found.push({ line: file.getLineAndCharacterOfPosition(position).line + 1, text });
  const visit = (node: ts.Node): void => {
    if (isMsgCall(node)) return; // the catalogue's own text
    if (ts.isTaggedTemplateExpression(node) && isHtmlTag(node)) {
      const places = scanHtml(node.template, report);
      if (ts.isTemplateExpression(node.template)) {
        node.template.templateSpans.forEach((span, k) => {
          const place = places[k];
          if (place && place.kind !== "other") literalTexts(span.expression, report);
        });
      }
    }
    // Words a stylesheet puts on screen (`content: "Preview"`) are interface text too.
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === "css") {
      const { text, positions } = staticText(node.template);
      for (const m of text.matchAll(/content:\s*(["'])(.*?)\1/g)) if (isWords(m[2]!)) report(positions[m.index]!, m[2]!);
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
      NOTICE_FIELDS.has(node.left.name.text)
    ) {
      literalTexts(node.right, report);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
      NOTICE_METHODS.has(node.expression.name.text) &&
      node.arguments[0]
    ) {
      literalTexts(node.arguments[0], report);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
