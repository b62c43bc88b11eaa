// The Mermaid `classDef` and `class` statements of a view: a colour class per node (its
// classification, else its kind) and per group kind, and a border class per status.
import type { Status } from '@gea-arch/core';
import { CLASSIFICATION_PAINT, GROUP_PAINT, KIND_PAINT, type Paint } from './text-palette.js';
import { STATUS_BORDER, type StatusBorder } from './text-cues.js';

const BORDER_STYLE: Readonly<Record<StatusBorder, string>> = {
  dashed: 'stroke-dasharray:7 4,stroke-width:2px',
  dotted: 'stroke-dasharray:2 4,stroke-width:2px',
  bold: 'stroke-width:4px',
};

/** Colours first, statuses last, so that a status border wins over a platform group's dashes. */
const CLASS_DEFINITIONS: readonly (readonly [className: string, style: string])[] = [
  ...Object.entries(KIND_PAINT).map(([kind, paint]) => [`kind_${kind}`, paintStyle(paint)] as const),
  ...Object.entries(CLASSIFICATION_PAINT).map(([classification, paint]) => [`classified_${classification}`, paintStyle(paint)] as const),
  ['group_agency', paintStyle(GROUP_PAINT.agency)],
  ['group_platform', `${paintStyle(GROUP_PAINT.platform)},stroke-dasharray:8 4`],
  ...Object.entries(STATUS_BORDER).flatMap(([status, border]) =>
    border === undefined ? [] : [[`status_${status}`, BORDER_STYLE[border]] as const],
  ),
];

/** Which identifiers carry which class; only the classes in use are defined. */
export class MermaidClasses {
  private readonly members = new Map<string, string[]>();

  add(className: string, ident: string): void {
    const members = this.members.get(className) ?? [];
    members.push(ident);
    this.members.set(className, members);
  }

  addStatus(status: Status, ident: string): void {
    if (STATUS_BORDER[status] !== undefined) this.add(`status_${status}`, ident);
  }

  statements(): string[] {
    const used = CLASS_DEFINITIONS.filter(([className]) => this.members.has(className));
    return [
      ...used.map(([className, style]) => `  classDef ${className} ${style}`),
      ...used.map(([className]) => `  class ${this.members.get(className)!.join(',')} ${className}`),
    ];
  }
}

function paintStyle(paint: Paint): string {
  return `fill:${paint.fill},stroke:${paint.stroke},color:#0f172a`;
}
