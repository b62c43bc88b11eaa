// View titles in the view's locale: what is shown, of what, at which plateau, and whether
// systems were folded into agencies.
import type { ViewKind } from '../model/vocabulary.js';

const KIND_TITLES: Record<string, Record<ViewKind, string>> = {
  mn: { landscape: 'Ландшафт', context: 'Харилцаа', dataflow: 'Өгөгдлийн урсгал', integration: 'Интеграц', signatures: 'Цахим гарын үсэг', gap: 'Зөрүү' },
  en: { landscape: 'Landscape', context: 'Context', dataflow: 'Data flow', integration: 'Integration', signatures: 'Signatures', gap: 'Gap' },
};

const AGGREGATED: Record<string, string> = {
  mn: 'нэгтгэсэн: элементүүдийг байгууллагаар нь',
  en: 'aggregated: elements shown as their agencies',
};

export interface TitleParts {
  readonly kind: ViewKind;
  readonly declaredTitle?: string;
  readonly subject?: string;
  readonly plateau?: { readonly label: string; readonly date: string };
  readonly from?: { readonly label: string; readonly date: string };
  readonly aggregated: boolean;
  readonly locale: string;
}

export function viewTitle(parts: TitleParts): string {
  const words = KIND_TITLES[parts.locale] ?? KIND_TITLES.en!;
  const head = parts.declaredTitle ?? [words[parts.kind], parts.subject].filter(Boolean).join(': ');
  const when = parts.from && parts.plateau
    ? `${parts.from.label} (${parts.from.date}) » ${parts.plateau.label} (${parts.plateau.date})`
    : parts.plateau
      ? `${parts.plateau.label} (${parts.plateau.date})`
      : undefined;
  const aggregated = parts.aggregated ? ` [${AGGREGATED[parts.locale] ?? AGGREGATED.en}]` : '';
  return `${head}${when ? ` — ${when}` : ''}${aggregated}`;
}
