// Numbers written the same way on every run: at most one decimal, no `-0`, no trailing `.0`, so
// that the same layout always gives the same bytes.

/** `12.25` → `12.3`, `-0.04` → `0`, `7.0` → `7`. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return String(rounded);
}
