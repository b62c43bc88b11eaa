// A file's byte order mark and line endings, which formatting keeps (LANGUAGE.md: a BOM is
// accepted, LF or CRLF): a file checked out with CRLF stays so, in `gea fmt` and in the editor.

export const BOM = '\uFEFF';

export interface FileConventions {
  readonly bom: boolean;
  /** Whether its first line ends with CRLF. */
  readonly crlf: boolean;
  /** The text without its BOM. */
  readonly body: string;
}

export function fileConventions(text: string): FileConventions {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  const firstEnd = body.indexOf('\n');
  return { bom, crlf: firstEnd > 0 && body[firstEnd - 1] === '\r', body };
}

/** Text laid out with `\n` given the file's line endings. */
export function withLineEndings(text: string, crlf: boolean): string {
  return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
}
