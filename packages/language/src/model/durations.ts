// Durations (`800ms`, `30s`, `15m`, `24h`, `90d`, `2w`, `10y`) and percentages as numbers.
const MILLISECONDS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  y: 365 * 86_400_000,
};

export function durationToMilliseconds(text: string): number | undefined {
  const match = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * MILLISECONDS[match[2]!]!;
}

export function durationToDays(text: string): number | undefined {
  const ms = durationToMilliseconds(text);
  return ms === undefined ? undefined : ms / MILLISECONDS.d!;
}

export function percentToNumber(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
  return match ? Number(match[1]) : undefined;
}
