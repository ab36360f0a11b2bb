/** Minutes as a trainer types them: "45" → 45; anything but a whole number above 0 → undefined. */
export function wholeMinutes(raw: string): number | undefined {
  const value = Number(raw.trim());
  return raw.trim() !== "" && Number.isInteger(value) && value > 0 ? value : undefined;
}
