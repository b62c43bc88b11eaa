// View titles in the view's words: what is shown, of what, at which plateau, and whether systems
// were folded into agencies.
import type { ViewKind } from '../model/vocabulary.js';
import type { DiagramWords } from './element-text.js';

export interface TitleParts {
  readonly kind: ViewKind;
  readonly declaredTitle?: string;
  readonly subject?: string;
  readonly plateau?: { readonly label: string; readonly date: string };
  readonly from?: { readonly label: string; readonly date: string };
  readonly aggregated: boolean;
}

export function viewTitle(parts: TitleParts, words: DiagramWords): string {
  const head = parts.declaredTitle ?? [words.titles[parts.kind], parts.subject].filter(Boolean).join(': ');
  const when =
    parts.from && parts.plateau
      ? `${parts.from.label} (${parts.from.date}) » ${parts.plateau.label} (${parts.plateau.date})`
      : parts.plateau
        ? `${parts.plateau.label} (${parts.plateau.date})`
        : undefined;
  const aggregated = parts.aggregated ? ` [${words.aggregated}]` : '';
  return `${head}${when ? ` — ${when}` : ''}${aggregated}`;
}
