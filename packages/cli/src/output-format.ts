// The format an output file's name asks for, when `--format` is not given: `-o view.png` is a PNG,
// `-o gap.json` JSON, as a reader of the command line would expect.
import { extname } from 'node:path';

/** The format whose extension the file has (`mmd` → mermaid), else undefined. */
export function formatOfFile(
  file: string | undefined,
  formats: readonly { readonly id: string; readonly extension: string }[],
): string | undefined {
  if (file === undefined) return undefined;
  const extension = extname(file).slice(1).toLowerCase();
  return formats.find((format) => format.extension === extension || format.id === extension)?.id;
}
