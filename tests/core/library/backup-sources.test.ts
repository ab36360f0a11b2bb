import { describe, expect, test } from "vitest";
import { parseBackup, writeBackup, type BackupSource } from "../../../src/core/library/backup.ts";

const source: BackupSource = {
  entry: {
    id: "review-2024",
    file: "review.pdf",
    title: "Review",
    publisher: "Example Institute",
    date: "2024",
    kind: "other",
    language: "en",
    rights: { notice: "Quote with attribution.", permissionRequired: false },
    shortCite: "Example Institute (2024)",
    structure: "pdf",
  },
  fingerprint: "a".repeat(64),
  bytes: "JVBERi0xLjcK",
  addedAt: "2026-03-14T10:00:00.000Z",
};

describe("sources added in the workbench, in the backup", () => {
  test("come back as they went in", () => {
    const parsed = parseBackup(writeBackup([], "2026-03-14T10:00:00.000Z", [source]), "backup.json");
    expect(parsed.ok && parsed.value.backup.sources).toEqual([source]);
  });

  test("a backup without any has no sources field, as before", () => {
    expect(JSON.parse(writeBackup([], "2026-03-14T10:00:00.000Z"))).not.toHaveProperty("sources");
  });

  test("an entry with a javascript: URL is refused, naming the field", () => {
    const bad = { ...source, entry: { ...source.entry, url: "javascript:alert(1)" } };
    expect(parseBackup(writeBackup([], "2026-03-14T10:00:00.000Z", [bad]), "backup.json")).toEqual({
      ok: false,
      error: "backup.json: sources[0].entry.url: expected a web address starting http:// or https://",
    });
  });
});
