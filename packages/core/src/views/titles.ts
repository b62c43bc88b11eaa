// View titles in the view's words: what is shown, of what, at which plateau, and whether nodes
// stand for agencies.
import type { ViewKind } from '../model/vocabulary.js';
import type { DiagramWords } from './element-text.js';

/** What a view shows as agencies: nothing, the agencies other than its own, or everything. */
/** What a view folded into agencies: nothing, the agencies other than its own, every system, or (integration) the consumers. */
export type Folding = 'none' | 'others' | 'all' | 'consumers';

export interface TitleParts {
  readonly kind: ViewKind;
  readonly declaredTitle?: string;
  readonly subject?: string;
  readonly plateau?: { readonly label: string; readonly date: string };
  readonly from?: { readonly label: string; readonly date: string };
  /** A gap view of a model with one plateau: that plateau compared with itself. */
  readonly comparedWithItself?: boolean;
  readonly folding: Folding;
}

export function viewTitle(parts: TitleParts, words: DiagramWords): string {
  const head = parts.declaredTitle ?? [words.titles[parts.kind], parts.subject].filter(Boolean).join(': ');
  const when =
    parts.from && parts.plateau && !parts.comparedWithItself
      ? `${parts.from.label} (${parts.from.date}) » ${parts.plateau.label} (${parts.plateau.date})`
      : parts.plateau
        ? `${parts.plateau.label} (${parts.plateau.date})`
        : undefined;
  const aggregated =
    parts.folding === 'all'
      ? ` [${words.aggregated}]`
      : parts.folding === 'others'
        ? ` [${words.aggregated}: ${words.overview.folded}]`
        : parts.folding === 'consumers'
          ? ` [${words.aggregated}: ${words.overview.foldedConsumers}]`
          : '';
  const alone = parts.comparedWithItself ? ` [${words.gapWithItself}]` : '';
  return `${head}${when ? ` — ${when}` : ''}${alone}${aggregated}`;
}
