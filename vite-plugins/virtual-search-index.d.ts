/** Served by vite-plugins/search-index.ts: the search index of the bundled library, serialized. */
declare module "virtual:sourcebook/search-index" {
  const json: string;
  export default json;
}
