// `gea fmt [files] [--check]`: the canonical layout of the language server's formatter, written
// back in place, or with --check only listed (exit 1 when a file is not formatted). A file with a
// syntax error, or that is not UTF-8 text, is left as it is and named with the error (exit 1), as
// `gea check` reads it. A BOM and CRLF line endings stay.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadWorkspace, sourceProblemMessage } from '@gea-arch/compiler';
import { wordsFor } from '@gea-arch/core';
import { decodeSource } from '@gea-arch/language';
import { BOM, createSourceFormatter, fileConventions, withLineEndings } from '@gea-arch/language/lsp';
import { askedLocale, chosenLocale } from '../options.js';
import { shownPath, writeFileAtomically, type Io } from '../terminal.js';

export interface FmtOptions {
  readonly check?: boolean;
  readonly locale?: string;
}

export async function fmt(targets: readonly string[], options: FmtOptions, io: Io): Promise<number> {
  const workspace = await loadWorkspace(targets, io.cwd, { locale: askedLocale(options.locale, io.env) });
  const locale = chosenLocale(options.locale, io.env, workspace);
  const said = wordsFor(locale).editor.cli;
  const format = createSourceFormatter({ locale });
  const files = workspace.reported ?? workspace.files;
  let changed = 0;
  let broken = 0;
  for (const file of files) {
    const path = resolve(workspace.root, file);
    const shown = shownPath(io, path);
    const bytes = await readFile(path);
    const { problem } = decodeSource(bytes);
    if (problem) {
      // Decoded with replacement characters and written back, its text would be lost.
      broken++;
      const message = sourceProblemMessage(problem, locale);
      io.stderr(`${said.notFormatted({ path: shown, line: problem.line, column: problem.column, message })}\n`);
      continue;
    }
    const text = bytes.toString('utf8');
    const { bom, crlf, body } = fileConventions(text);
    const result = format(body);
    const [error] = result.syntaxErrors;
    if (error) {
      broken++;
      io.stderr(`${said.notFormatted({ path: shown, line: error.line, column: error.column, message: error.message })}\n`);
      continue;
    }
    const formatted = `${bom ? BOM : ''}${withLineEndings(result.text, crlf)}`;
    if (formatted === text) continue;
    changed++;
    if (options.check) io.stdout(`${said.wouldReformat({ path: shown })}\n`);
    else {
      await writeFileAtomically(path, formatted);
      io.stdout(`${said.reformatted({ path: shown })}\n`);
    }
  }
  if (options.check && changed > 0) io.stdout(`${said.summary({ changed, files: files.length })}\n`);
  return broken > 0 || (options.check && changed > 0) ? 1 : 0;
}
