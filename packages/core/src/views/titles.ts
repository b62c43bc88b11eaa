// View titles in the view's words: what is shown, of what, at which plateau, and whether elements
// were folded into agencies.
import type { ViewKind } from '../model/vocabulary.js';
import type { DiagramWords } from './element-text.js';

/** What a view folded into agencies: nothing, the other agencies than its own, or everything. */
export type Folding = 'none' | 'others' | 'all';

export interface TitleParts {
  readonly kind: ViewKind;
  readonly declaredTitle?: string;
  readonly subject?: string;
  readonly plateau?: { readonly label: string; readonly date: string };
  readonly from?: { readonly label: string; readonly date: string };
  /** A landscape or gap of agencies rather than of systems. */
  readonly agencies: boolean;
  readonly folding: Folding;
}

export function viewTitle(parts: TitleParts, words: DiagramWords): string {
  const kind =
    parts.agencies && (parts.kind === 'landscape' || parts.kind === 'gap') ? words.overview.titles[parts.kind] : words.titles[parts.kind];
  const head = parts.declaredTitle ?? [kind, parts.subject].filter(Boolean).join(': ');
  const when =
    parts.from && parts.plateau
      ? `${parts.from.label} (${parts.from.date}) » ${parts.plateau.label} (${parts.plateau.date})`
      : parts.plateau
        ? `${parts.plateau.label} (${parts.plateau.date})`
        : undefined;
  const folded = parts.folding === 'all' ? ` [${words.aggregated}]` : parts.folding === 'others' ? ` [${words.overview.folded}]` : '';
  return `${head}${when ? ` — ${when}` : ''}${folded}`;
}
