/**
 * Whether a URL may become a link (in the catalog, the app or a PDF): only web pages, `http:` and
 * `https:`. A browser drops spaces and control characters around a URL and tabs and line breaks
 * inside it (`java\tscript:` is `javascript:`), so the scheme is read the same way.
 */
export function isWebUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- the characters a URL parser strips are control characters
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return (scheme === "http" || scheme === "https") && /^https?:\/\/[^/?#\s]/i.test(cleaned);
}
