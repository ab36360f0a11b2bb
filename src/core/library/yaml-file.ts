// Moved to src/core/files/yaml-file.ts. This re-export only keeps the savers' branch (issue 9:
// src/app/persistence/, session-store.ts) building until it merges; delete it then.
export { ContentError, parseYamlFile } from "../files/yaml-file.ts";
