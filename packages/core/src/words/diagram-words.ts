// The renderer's own words (legend headings, kind, classification, status and relation names,
// badges) in Mongolian and English; any other locale falls back to English.
import type { Classification } from '../model/vocabulary.js';
import type { EdgeKind, NodeKind, Status } from '../views/view-graph.js';

export interface DiagramWords {
  readonly legendTitle: string;
  readonly sections: { readonly elements: string; readonly classification: string; readonly status: string; readonly relations: string };
  readonly nodeKinds: Readonly<Record<NodeKind, string>>;
  readonly groupKinds: Readonly<Record<'agency' | 'platform', string>>;
  readonly classifications: Readonly<Record<Classification, string>>;
  /** Short upper-case marks drawn on classified elements; internal, the default, has none. */
  readonly classificationBadges: Readonly<Record<Classification, string | undefined>>;
  readonly statuses: Readonly<Record<Status, string>>;
  /** Short marks drawn on elements in a status; active and kept have none. */
  readonly statusBadges: Readonly<Record<Status, string | undefined>>;
  readonly edgeKinds: Readonly<Record<EdgeKind, string>>;
  /** Connects the two plateaus of a gap view in the subtitle (Noto Sans has no `→`). */
  readonly gapArrow: string;
  /** Shown in place of the diagram when the view has nothing in it. */
  readonly emptyView: string;
}

const MONGOLIAN: DiagramWords = {
  emptyView: 'Энэ харагдацад үзүүлэх элемент алга.',
  legendTitle: 'Тайлбар',
  sections: { elements: 'Элемент', classification: 'Нууцлалын ангилал', status: 'Төлөв', relations: 'Холбоос' },
  nodeKinds: {
    agency: 'Байгууллага',
    system: 'Систем',
    data: 'Өгөгдлийн сан',
    document: 'Баримт бичиг',
    interface: 'Интерфэйс',
    platform: 'Платформ',
    trust: 'Итгэмжлэлийн үйлчилгээ',
  },
  groupKinds: { agency: 'Байгууллага (бүлэг)', platform: 'Платформ (бүлэг)' },
  classifications: { public: 'Нээлттэй', internal: 'Дотоод', restricted: 'Хязгаарлагдмал', secret: 'Нууц' },
  classificationBadges: { public: 'НЭЭЛТТЭЙ', internal: undefined, restricted: 'ХЯЗГААРЛАГДМАЛ', secret: 'НУУЦ' },
  statuses: {
    active: 'Идэвхтэй',
    planned: 'Төлөвлөсөн (шинээр)',
    retiring: 'Ашиглалтаас гарах',
    new: 'Шинэ',
    eliminated: 'Хасагдсан',
    changed: 'Өөрчлөгдсөн',
    kept: 'Хэвээр',
  },
  statusBadges: {
    active: undefined,
    planned: 'шинэ',
    retiring: 'гарах',
    new: 'шинэ',
    eliminated: 'хасагдсан',
    changed: 'өөрчлөгдсөн',
    kept: undefined,
  },
  edgeKinds: {
    consumes: 'хэрэглэдэг',
    provides: 'нийлүүлдэг',
    masters: 'эх сурвалж нь',
    stores: 'хадгалдаг',
    carries: 'дамжуулдаг',
    'depends-on': 'шууд хамаардаг',
    uses: 'ашигладаг',
    signs: 'гарын үсэг зурдаг',
    seals: 'тамга дардаг',
    verifies: 'баталгаажуулдаг',
    with: 'үйлчилгээгээр',
    timestamp: 'цагийн тэмдэг',
    issuer: 'гэрчилгээ олгогч',
    aggregate: 'нэгтгэсэн урсгал',
  },
  gapArrow: '»',
};

const ENGLISH: DiagramWords = {
  emptyView: 'Nothing to show in this view.',
  legendTitle: 'Legend',
  sections: { elements: 'Elements', classification: 'Classification', status: 'Status', relations: 'Relations' },
  nodeKinds: {
    agency: 'Agency',
    system: 'System',
    data: 'Data asset',
    document: 'Document',
    interface: 'Interface',
    platform: 'Platform',
    trust: 'Trust service',
  },
  groupKinds: { agency: 'Agency (group)', platform: 'Platform (group)' },
  classifications: { public: 'Public', internal: 'Internal', restricted: 'Restricted', secret: 'Secret' },
  classificationBadges: { public: 'PUBLIC', internal: undefined, restricted: 'RESTRICTED', secret: 'SECRET' },
  statuses: {
    active: 'Active',
    planned: 'Planned (new here)',
    retiring: 'Retiring',
    new: 'New',
    eliminated: 'Eliminated',
    changed: 'Changed',
    kept: 'Kept',
  },
  statusBadges: {
    active: undefined,
    planned: 'new',
    retiring: 'retiring',
    new: 'new',
    eliminated: 'eliminated',
    changed: 'changed',
    kept: undefined,
  },
  edgeKinds: {
    consumes: 'consumes',
    provides: 'provides',
    masters: 'masters',
    stores: 'stores',
    carries: 'carries',
    'depends-on': 'depends on',
    uses: 'uses',
    signs: 'signs',
    seals: 'seals',
    verifies: 'verifies',
    with: 'with',
    timestamp: 'timestamps',
    issuer: 'issued by',
    aggregate: 'aggregated traffic',
  },
  gapArrow: '»',
};

export function diagramWords(locale: string): DiagramWords {
  return locale === 'mn' || locale.startsWith('mn-') ? MONGOLIAN : ENGLISH;
}
