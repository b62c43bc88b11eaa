// The legend: exactly the element kinds, classifications, statuses and relation kinds the view
// shows (nothing absent), each with a small sample drawn by the same code as the diagram.
import type { Classification, EdgeKind, NodeKind, Status } from '@gea-arch/core';
import { VOCABULARY } from '@gea-arch/core';
import type { Fonts } from '../fonts/fonts.js';
import type { ViewLayout } from '../layout/types.js';
import { capitalised, type DiagramWords } from '../chrome/words.js';
import { type Badge, badgeWidth } from '../chrome/badges.js';
import { badgeRow } from './badge-row.js';
import { findingSign, markerId } from './edges.js';
import { edgeLabelText, FINDING_LEVELS, findingLevel, type FindingLevel } from '../chrome/findings.js';
import { wrapText } from '../fonts/wrap-text.js';
import { EDGE_LABEL } from '../layout/node-sizes.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';
import { tabPath } from './groups.js';
import { effectiveClassification } from '../chrome/node-chrome.js';
import { shapeElements } from './nodes.js';
import { roundedRect } from './shapes.js';
import { baseline } from './text-lines.js';

const NODE_KINDS: readonly NodeKind[] = ['agency', 'system', 'data', 'document', 'interface', 'platform', 'trust'];
const GROUP_KINDS = ['agency', 'platform'] as const;
const STATUSES: readonly Status[] = ['active', 'planned', 'retiring', 'new', 'changed', 'eliminated', 'kept'];
const EDGE_KINDS: readonly EdgeKind[] = [
  'consumes',
  'provides',
  'masters',
  'stores',
  'carries',
  'depends-on',
  'uses',
  'signs',
  'seals',
  'verifies',
  'with',
  'timestamp',
  'issuer',
  'aggregate',
];

export type LegendCategory = 'node-kind' | 'group-kind' | 'classification' | 'status' | 'edge-status' | 'edge-kind' | 'finding' | 'count';

export interface LegendEntry {
  readonly category: LegendCategory;
  readonly value: string;
  readonly text: string;
  /** The mark drawn on elements of this classification or status, shown after the text. */
  readonly mark?: Badge;
  /** A classified kind's sample is coloured as its elements are: by their classification. */
  readonly classification?: Classification;
}

interface LegendSection {
  readonly id: 'elements' | 'classification' | 'status' | 'relations' | 'findings';
  readonly heading: string;
  readonly entries: readonly LegendEntry[];
}

/** What the view shows, in a fixed order per category. */
export function legendSections(layout: ViewLayout, words: DiagramWords): LegendSection[] {
  const { nodes, groups, edges } = layout.graph;
  const nodeKinds = new Set(nodes.map((node) => node.kind));
  const groupKinds = new Set(groups.map((group) => group.kind));
  const classifications = new Set(nodes.map(effectiveClassification).filter((c): c is Classification => c !== undefined));
  const statuses = new Set<Status>([...nodes, ...groups, ...edges].map((element) => element.status));
  // A status only lines have is explained with a line, not with a box nothing in the view looks like.
  const boxStatuses = new Set<Status>([...nodes, ...groups].map((element) => element.status));
  const edgeKinds = new Set(edges.map((edge) => edge.kind));
  const levels = new Set([...nodes, ...edges].map((element) => findingLevel(element.findings)));
  const levelWords: Readonly<Record<FindingLevel, string>> = {
    error: words.legend.findingError,
    warning: words.legend.findingWarning,
    waived: words.legend.findingWaived,
  };
  const counted = edges.some((edge) => (edge.count ?? 1) > 1);
  const sections: LegendSection[] = [
    {
      id: 'elements',
      heading: words.legend.elements,
      entries: [
        ...GROUP_KINDS.filter((kind) => groupKinds.has(kind)).map((kind) => entry('group-kind', kind, capitalised(words.groupKinds[kind]))),
        ...NODE_KINDS.filter((kind) => nodeKinds.has(kind)).map((kind) => kindEntry(kind, nodes, words)),
      ],
    },
    {
      id: 'classification',
      heading: words.legend.classification,
      entries: VOCABULARY.classification
        .filter((classification) => classifications.has(classification))
        .map((classification) =>
          entry(
            'classification',
            classification,
            capitalised(words.classifications[classification]),
            mark(words.classificationBadges[classification], `badge-c-${classification}`),
          ),
        ),
    },
    {
      id: 'status',
      heading: words.legend.status,
      // A view where everything is active has nothing for a status legend to explain.
      entries:
        statuses.size === 1 && statuses.has('active')
          ? []
          : STATUSES.filter((status) => statuses.has(status)).map((status) =>
              boxStatuses.has(status)
                ? entry('status', status, capitalised(words.statuses[status]), mark(words.statusBadges[status], `badge-s-${status}`))
                : entry('edge-status', status, capitalised(words.statuses[status])),
            ),
    },
    {
      id: 'relations',
      heading: words.legend.relations,
      entries: [
        ...EDGE_KINDS.filter((kind) => edgeKinds.has(kind)).map((kind) => entry('edge-kind', kind, words.relations[kind])),
        ...(counted ? [entry('count', 'many', words.legend.count)] : []),
      ],
    },
    {
      id: 'findings',
      heading: words.legend.findings,
      entries: FINDING_LEVELS.filter((level) => levels.has(level)).map((level) =>
        entry('finding', level, capitalised(levelWords[level]), mark(words.findingBadges[level], `badge-f-${level}`)),
      ),
    },
  ];
  return sections.filter((section) => section.entries.length > 0);
}

/**
 * A kind's sample: a data asset, document or interface is drawn in its classification's colours,
 * never its kind's (a document's would be a colour no element in the view has). Those of one
 * classification give it; a mix gives `internal`, the one unstated classification counts as.
 */
function kindEntry(kind: NodeKind, nodes: readonly ViewLayout['graph']['nodes'][number][], words: DiagramWords): LegendEntry {
  const text = capitalised(words.kinds[kind]);
  const found = new Set(nodes.filter((node) => node.kind === kind).map(effectiveClassification));
  if (found.has(undefined)) return entry('node-kind', kind, text);
  return { category: 'node-kind', value: kind, text, classification: found.size === 1 ? [...found][0] : 'internal' };
}

function entry(category: LegendCategory, value: string, text: string, badge?: Badge): LegendEntry {
  return badge ? { category, value, text, mark: badge } : { category, value, text };
}

function mark(text: string | undefined, className: string): Badge | undefined {
  return text === undefined ? undefined : { text, className, required: true };
}

const PADDING = 12;
const TITLE_SIZE = 12;
const HEADING_SIZE = 11;
const ENTRY_SIZE = 11;
const ROW = 22;
const SWATCH = { width: 32, height: 18 } as const;
const SWATCH_GAP = 8;
const SECTION_GAP = 32;
const MARK_GAP = 6;

export interface RenderedLegend {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** The legend measured, to be drawn where its size allows. */
export interface Legend {
  readonly width: number;
  readonly height: number;
  /** The framed block with its top-left corner at (x, y); empty for a view with nothing to explain. */
  at(x: number, y: number): string;
}

/** The legend as a framed block, sections wrapping within `maxWidth`. */
export function renderLegend(fonts: Fonts, layout: ViewLayout, words: DiagramWords, maxWidth: number): Legend {
  const sections = legendSections(layout, words);
  const key = renderKey(fonts, layout, words, maxWidth - 2 * PADDING);
  if (sections.length === 0 && key.height === 0) return { width: 0, height: 0, at: () => '' };
  const titleHeight = fonts.lineHeight(TITLE_SIZE) + 6;
  const placed: { section: LegendSection; x: number; y: number }[] = [];
  let cursorX = 0;
  let cursorY = titleHeight;
  let rowHeight = 0;
  let contentWidth = fonts.width(words.legend.title, TITLE_SIZE, true);
  for (const section of sections) {
    const width = sectionWidth(fonts, section);
    const height = sectionHeight(fonts, section);
    if (cursorX > 0 && cursorX + width > maxWidth - 2 * PADDING) {
      cursorX = 0;
      cursorY += rowHeight + 12;
      rowHeight = 0;
    }
    placed.push({ section, x: cursorX, y: cursorY });
    contentWidth = Math.max(contentWidth, cursorX + width);
    rowHeight = Math.max(rowHeight, height);
    cursorX += width + SECTION_GAP;
  }
  const keyTop = cursorY + rowHeight + (key.height > 0 ? 16 : 0);
  contentWidth = Math.max(contentWidth, key.width);
  const width = contentWidth + 2 * PADDING;
  const height = keyTop + key.height + 2 * PADDING;
  const parts = [
    `<rect class="legend-frame" x="0" y="0" width="${num(width)}" height="${num(height)}" rx="6"/>`,
    `<text class="bold" x="${PADDING}" y="${num(baseline(fonts, PADDING, TITLE_SIZE, 0))}" font-size="${TITLE_SIZE}">${escapeXml(words.legend.title)}</text>`,
  ];
  for (const { section, x: left, y: top } of placed) parts.push(renderSection(fonts, section, PADDING + left, PADDING + top));
  if (key.svg) parts.push(`<g transform="translate(${num(PADDING)} ${num(PADDING + keyTop)})">${key.svg}</g>`);
  const inside = parts.join('\n');
  return { width, height, at: (x, y) => `<g class="legend" transform="translate(${num(x)} ${num(y)})">\n${inside}\n</g>` };
}

function sectionWidth(fonts: Fonts, section: LegendSection): number {
  const entries = section.entries.map(
    (e) => SWATCH.width + SWATCH_GAP + fonts.width(e.text, ENTRY_SIZE) + (e.mark ? MARK_GAP + badgeWidth(fonts, e.mark.text) : 0),
  );
  return Math.max(fonts.width(section.heading, HEADING_SIZE, true), ...entries);
}

function sectionHeight(fonts: Fonts, section: LegendSection): number {
  return fonts.lineHeight(HEADING_SIZE) + 4 + section.entries.length * ROW;
}

function renderSection(fonts: Fonts, section: LegendSection, x: number, y: number): string {
  const parts = [
    `<g class="legend-section" data-section="${section.id}">`,
    `<text class="muted bold" x="${num(x)}" y="${num(baseline(fonts, y, HEADING_SIZE, 0))}" font-size="${HEADING_SIZE}">${escapeXml(section.heading)}</text>`,
  ];
  let top = y + fonts.lineHeight(HEADING_SIZE) + 4;
  for (const item of section.entries) {
    const swatchTop = top + (ROW - SWATCH.height) / 2;
    const textTop = top + (ROW - fonts.lineHeight(ENTRY_SIZE)) / 2;
    const textX = x + SWATCH.width + SWATCH_GAP;
    const markX = textX + fonts.width(item.text, ENTRY_SIZE) + MARK_GAP;
    parts.push(
      `<g class="legend-item" data-legend="${item.category}" data-value="${item.value}">` +
        swatch(item, x, swatchTop) +
        `<text x="${num(textX)}" y="${num(baseline(fonts, textTop, ENTRY_SIZE, 0))}" font-size="${ENTRY_SIZE}">${escapeXml(item.text)}</text>` +
        (item.mark ? badgeRow(fonts, [item.mark], markX, top + ROW / 2) : '') +
        `</g>`,
    );
    top += ROW;
  }
  parts.push('</g>');
  return parts.join('');
}

function swatch(item: LegendEntry, x: number, y: number): string {
  const box = { x, y, width: SWATCH.width, height: SWATCH.height };
  switch (item.category) {
    case 'node-kind':
      return `<g class="swatch k-${item.value}${item.classification ? ` c-${item.classification}` : ''}">${shapeElements({ ...box, node: { kind: item.value as NodeKind, status: 'active' } })}</g>`;
    case 'group-kind': {
      const tab = item.value === 'agency' ? `<path class="tab" d="${tabPath(x, y, 14, 6)}"/>` : '';
      return `<g class="swatch g-${item.value}"><path class="frame" d="${roundedRect(box, 4)}"/>${tab}</g>`;
    }
    case 'classification':
      return `<g class="swatch k-system c-${item.value}">${shapeElements({ ...box, node: { kind: 'system', status: 'active' } })}</g>`;
    case 'status':
      return `<g class="swatch k-system s-${item.value}">${shapeElements({ ...box, node: { kind: 'system', status: item.value as Status } })}</g>`;
    case 'edge-status': {
      const middle = y + SWATCH.height / 2;
      return `<g class="swatch edge-swatch e-consumes s-${item.value}"><path class="line" d="M${num(x)} ${num(middle)}H${num(x + SWATCH.width)}"/></g>`;
    }
    case 'edge-kind': {
      const middle = y + SWATCH.height / 2;
      return `<g class="swatch e-${item.value}"><path class="line" d="M${num(x)} ${num(middle)}H${num(x + SWATCH.width)}" marker-end="url(#${markerId(item.value as EdgeKind)})"/></g>`;
    }
    case 'count': {
      const middle = y + SWATCH.height / 2;
      return `<g class="swatch e-aggregate many"><path class="line" d="M${num(x)} ${num(middle)}H${num(x + SWATCH.width)}"/></g>`;
    }
    case 'finding': {
      const middle = y + SWATCH.height / 2;
      const level = item.value as FindingLevel;
      return (
        `<g class="swatch e-consumes f-${level}"><path class="halo" d="M${num(x)} ${num(middle)}H${num(x + SWATCH.width)}"/>` +
        `<path class="line" d="M${num(x)} ${num(middle)}H${num(x + SWATCH.width)}"/>${findingSign(level, { x: x + SWATCH.width / 2, y: middle })}</g>`
      );
    }
  }
}

const KEY_NUMBER_WIDTH = 28;
const KEY_TEXT_WIDTH = 300;
const KEY_GAP = 24;

/**
 * The key of numbered edge labels: each number, drawn as on its edge, and the label's text, in
 * as many columns as fit `maxWidth`. Empty when every label is on its edge.
 */
function renderKey(fonts: Fonts, layout: ViewLayout, words: DiagramWords, maxWidth: number): RenderedLegend {
  const texts = new Map<number, string>();
  for (const placed of layout.edges) {
    const text = edgeLabelText(placed.edge);
    if (placed.label?.key !== undefined && text !== undefined && !texts.has(placed.label.key)) texts.set(placed.label.key, text);
  }
  const keyed = [...texts]
    .sort(([a], [b]) => a - b)
    .map(([key, text]) => ({ key, lines: wrapText(fonts, text, KEY_TEXT_WIDTH, ENTRY_SIZE) }));
  if (keyed.length === 0) return { svg: '', width: 0, height: 0 };
  const lineHeight = fonts.lineHeight(ENTRY_SIZE);
  const rowHeight = (lines: number) => Math.max(ROW, lines * lineHeight + 6);
  const columnWidth =
    KEY_NUMBER_WIDTH + 8 + Math.max(...keyed.map((entry) => Math.max(...entry.lines.map((line) => fonts.width(line, ENTRY_SIZE)))));
  const columns = Math.max(1, Math.min(keyed.length, Math.floor((maxWidth + KEY_GAP) / (columnWidth + KEY_GAP))));
  const perColumn = Math.ceil(keyed.length / columns);
  const headingHeight = fonts.lineHeight(HEADING_SIZE) + 4;
  const parts = [
    `<g class="legend-section legend-key" data-section="labels">`,
    `<text class="muted bold" x="0" y="${num(baseline(fonts, 0, HEADING_SIZE, 0))}" font-size="${HEADING_SIZE}">${escapeXml(words.legend.labels)}</text>`,
  ];
  let height = 0;
  for (let column = 0; column < columns; column++) {
    let top = headingHeight;
    const left = column * (columnWidth + KEY_GAP);
    for (const entry of keyed.slice(column * perColumn, (column + 1) * perColumn)) {
      const numberText = String(entry.key);
      const boxWidth = Math.max(20, fonts.width(numberText, EDGE_LABEL.fontSize, true) + 2 * EDGE_LABEL.paddingX);
      const boxHeight = lineHeight + 2 * EDGE_LABEL.paddingY;
      parts.push(
        `<g class="legend-item" data-legend="label" data-value="${entry.key}">` +
          `<g class="edge-label keyed"><rect x="${num(left)}" y="${num(top + 2)}" width="${num(boxWidth)}" height="${num(boxHeight)}" rx="3"/>` +
          `<text class="bold" x="${num(left + boxWidth / 2)}" y="${num(baseline(fonts, top + 2 + EDGE_LABEL.paddingY, EDGE_LABEL.fontSize, 0))}" font-size="${EDGE_LABEL.fontSize}" text-anchor="middle">${numberText}</text></g>` +
          entry.lines
            .map(
              (line, index) =>
                `<text x="${num(left + KEY_NUMBER_WIDTH + 8)}" y="${num(baseline(fonts, top + 3, ENTRY_SIZE, index))}" font-size="${ENTRY_SIZE}">${escapeXml(line)}</text>`,
            )
            .join('') +
          `</g>`,
      );
      top += rowHeight(entry.lines.length);
    }
    height = Math.max(height, top);
  }
  parts.push('</g>');
  return { svg: parts.join(''), width: columns * (columnWidth + KEY_GAP) - KEY_GAP, height };
}
