/**
 * fast-check's options for a property test: `SOURCEBOOK_PROPERTY_RUNS` runs when it is set (more
 * for a soak, fewer for a quick pass), else the test's own count.
 */
export function runs(ownCount: number, env: Record<string, string | undefined> = process.env): { numRuns: number } {
  const value = env.SOURCEBOOK_PROPERTY_RUNS;
  if (value === undefined || value.trim() === "") return { numRuns: ownCount };
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`SOURCEBOOK_PROPERTY_RUNS must be a whole number of runs above 0, not "${value}".`);
  }
  return { numRuns: count };
}
