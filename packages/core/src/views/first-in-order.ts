// The first few of many strings in code unit order (as `compare`): a tooltip of a national model's
// folded edge lists a dozen of the hundreds of exchanges it stands for, and sorting them all took
// most of the time spent on it.

/** The `count` first of `items`, sorted. */
export function firstInOrder(items: Iterable<string>, count: number): string[] {
  const first: string[] = [];
  for (const item of items) {
    if (first.length === count && item >= first[count - 1]!) continue;
    let at = first.length;
    while (at > 0 && first[at - 1]! > item) at--;
    first.splice(at, 0, item);
    if (first.length > count) first.pop();
  }
  return first;
}
