// Whole numbers a model holds: at most `Number.MAX_SAFE_INTEGER`. Past it a number is no longer the
// one written (`9007199254740993` reads as …992) and prints as `1e+21` or `Infinity` (decision 0071).

/** `value` when a number holds it exactly, else `undefined`: the validator reports it where it is written. */
export function exactWholeNumber(value: number | undefined): number | undefined {
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
}
