// The D2 `classes` of a view: a colour class per node (its classification, else its kind) and per
// group kind, a border class per status and a line class per edge pattern, as the Mermaid ones.
import type { Status } from '@gea-arch/core';
import { CLASSIFICATION_PAINT, GROUP_PAINT, KIND_PAINT, type Paint } from './text-palette.js';
import { STATUS_BORDER, type LinePattern, type StatusBorder } from './text-cues.js';

const BORDER_STYLE: Readonly<Record<StatusBorder, string>> = {
  dashed: 'stroke-dash: 5; stroke-width: 2',
  dotted: 'stroke-dash: 2; stroke-width: 2',
  bold: 'stroke-width: 4',
};

const LINE_STYLE: Readonly<Record<Exclude<LinePattern, 'solid'>, string>> = {
  dotted: 'stroke-dash: 3',
  thick: 'stroke-width: 3',
};

/**
 * Colours first, statuses last: D2 applies a shape's classes in the order it names them, and this
 * is that order, so a status border wins over a platform group's dashes.
 */
const CLASS_DEFINITIONS: readonly (readonly [className: string, style: string])[] = [
  ...Object.entries(KIND_PAINT).map(
    ([kind, paint]) => [`kind_${kind}`, kind === 'agency' ? `${paintStyle(paint)}; border-radius: 8` : paintStyle(paint)] as const,
  ),
  ...Object.entries(CLASSIFICATION_PAINT).map(([classification, paint]) => [`classified_${classification}`, paintStyle(paint)] as const),
  ['group_agency', paintStyle(GROUP_PAINT.agency)],
  ['group_platform', `${paintStyle(GROUP_PAINT.platform)}; stroke-dash: 4`],
  ...Object.entries(STATUS_BORDER).flatMap(([status, border]) =>
    border === undefined ? [] : [[`status_${status}`, BORDER_STYLE[border]] as const],
  ),
  ...Object.entries(LINE_STYLE).map(([pattern, style]) => [`line_${pattern}`, style] as const),
];

/** Which classes a shape or edge carries, as D2's `class` value; only the classes in use are defined. */
export class D2Classes {
  private readonly used = new Set<string>();

  /** The `class` value for these classes (none, one, or an array in the order given). */
  value(classNames: readonly string[]): string | undefined {
    for (const className of classNames) this.used.add(className);
    if (classNames.length === 0) return undefined;
    return classNames.length === 1 ? classNames[0] : `[${classNames.join('; ')}]`;
  }

  /** The status class of a shape whose status its border tells; none for active and kept. */
  static ofStatus(status: Status): string[] {
    return STATUS_BORDER[status] === undefined ? [] : [`status_${status}`];
  }

  /** The line class of an edge pattern; none for solid. */
  static ofLine(pattern: LinePattern): string[] {
    return pattern === 'solid' ? [] : [`line_${pattern}`];
  }

  /** The `classes: { … }` block, or nothing when no class is used. */
  statements(): string[] {
    const used = CLASS_DEFINITIONS.filter(([className]) => this.used.has(className));
    if (used.length === 0) return [];
    return ['classes: {', ...used.map(([className, style]) => `  ${className}: {style: {${style}}}`), '}'];
  }
}

/** Colours are quoted: unquoted, D2 would read `#…` as a comment. */
function paintStyle(paint: Paint): string {
  return `fill: "${paint.fill}"; stroke: "${paint.stroke}"; font-color: "#0f172a"`;
}
