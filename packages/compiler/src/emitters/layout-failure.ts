// A view the layout workers could not lay out stops the build as a WorkspaceError (exit 2) that
// names the view and what happened, in the reader's words, rather than as an internal error.
import { LayoutFailure } from '@gea-arch/diagrams/node';
import { WorkspaceError } from '../workspace/load-workspace.js';

export async function sayingLayoutFailures<T>(work: Promise<T>, locale: string | undefined): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof LayoutFailure)) throw error;
    const { view = '—', kind, detail } = error;
    throw new WorkspaceError((words) => words.diagrams.build.layoutFailed({ view, kind, detail }), locale);
  }
}
