// The format an output file's name asks for, when `--format` is not given: `-o view.png` is a PNG,
// `-o gap.json` JSON, as a reader of the command line would expect.
import { basename } from 'node:path';

/** The first format whose extension (or id) the file's name ends in (`mmd` → mermaid, `sarif.json` → sarif), else undefined. */
export function formatOfFile(
  file: string | undefined,
  formats: readonly { readonly id: string; readonly extension: string }[],
): string | undefined {
  if (file === undefined) return undefined;
  const name = basename(file).toLowerCase();
  return formats.find((format) => name.endsWith(`.${format.extension}`) || name.endsWith(`.${format.id}`))?.id;
}
