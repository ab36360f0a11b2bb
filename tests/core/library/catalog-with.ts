/** A one-entry catalog whose line 7 is `line`. */
export const catalogWith = (line: string) =>
  `sources:\n  - id: x\n    file: x.txt\n    title: X\n    publisher: P\n    kind: other\n    ${line}\n    language: en\n    rights: {notice: N, permissionRequired: false}\n    shortCite: X\n    structure: plain-text\n${line.startsWith("date") ? "" : "    date: 2016-05-01\n"}`;
