// Colours for the text renderings: the light theme of the SVG renderer (svg/palette.ts), fill and
// border per node kind, per classification (which wins over the kind) and per group kind.
import type { Classification } from '@gea/language';
import type { NodeKind, ViewGroup, ViewNode } from '../view-graph.js';
import { classificationOf } from './text-cues.js';

export interface Paint {
  readonly fill: string;
  readonly stroke: string;
}

export const KIND_PAINT: Readonly<Record<NodeKind, Paint>> = {
  agency: { fill: '#f1f5f9', stroke: '#334155' },
  system: { fill: '#ffffff', stroke: '#334155' },
  data: { fill: '#e0f2fe', stroke: '#0369a1' },
  document: { fill: '#fffbeb', stroke: '#a16207' },
  interface: { fill: '#e0f2fe', stroke: '#0369a1' },
  platform: { fill: '#eef2f6', stroke: '#4b5563' },
  trust: { fill: '#f3e8ff', stroke: '#7e22ce' },
};

export const CLASSIFICATION_PAINT: Readonly<Record<Classification, Paint>> = {
  public: { fill: '#dcfce7', stroke: '#15803d' },
  internal: { fill: '#e0f2fe', stroke: '#0369a1' },
  restricted: { fill: '#ffedd5', stroke: '#c2410c' },
  secret: { fill: '#fee2e2', stroke: '#b91c1c' },
};

export const GROUP_PAINT: Readonly<Record<ViewGroup['kind'], Paint>> = {
  agency: { fill: '#f8fafc', stroke: '#94a3b8' },
  platform: { fill: '#f5f9fc', stroke: '#64748b' },
};

export function nodePaint(node: ViewNode): Paint {
  const classification = classificationOf(node);
  return classification === undefined ? KIND_PAINT[node.kind] : CLASSIFICATION_PAINT[classification];
}
