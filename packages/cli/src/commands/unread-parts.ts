// What a command that draws or writes from the model (spec, diagram, gap, views, stats, export)
// could not read of it: syntax errors and unresolved references. It still makes what it can from
// the rest, names each such error on standard error with its file, line and column, and exits 1
// (OUTPUTS.md: 1 findings or failed check); the rules' findings are `gea check`'s to report.
import { resolve } from 'node:path';
import { findingRecords, findingsText, summarize, type Compilation } from '@gea-arch/compiler';
import { shownPath, useColor, type Io } from '../terminal.js';

const UNREAD = new Set(['syntax', 'unresolved-reference']);

/** 1 after printing the parse and link errors, 0 when there are none. */
export function reportUnreadParts(compilation: Compilation, locale: string, io: Io): number {
  const records = findingRecords(compilation).filter((record) => UNREAD.has(record.rule) && record.severity === 'error' && !record.waived);
  if (records.length === 0) return 0;
  const { root } = compilation.workspace;
  io.stderr(
    findingsText(records, summarize(records, compilation), {
      color: useColor(io, io.stderrIsTty),
      plateaus: false,
      path: (file) => shownPath(io, resolve(root, file)),
      locale,
    }),
  );
  return 1;
}
