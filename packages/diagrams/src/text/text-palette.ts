// Colours for the text renderings: the light theme of the SVG renderer (svg/palette.ts), fill and
// border per node kind, per classification (which wins over the kind) and per group kind.
import type { Classification, NodeKind, ViewGroup, ViewNode } from '@gea-arch/core';
import { LIGHT, type Paint } from '../chrome/colours.js';
import { classificationOf } from './text-cues.js';

export type { Paint };

export const KIND_PAINT: Readonly<Record<NodeKind, Paint>> = LIGHT.kinds;

export const CLASSIFICATION_PAINT: Readonly<Record<Classification, Paint>> = LIGHT.classifications;

export const GROUP_PAINT: Readonly<Record<ViewGroup['kind'], Paint>> = {
  agency: LIGHT.agencyGroup,
  platform: LIGHT.platformGroup,
};

export function nodePaint(node: ViewNode): Paint {
  const classification = classificationOf(node);
  return classification === undefined ? KIND_PAINT[node.kind] : CLASSIFICATION_PAINT[classification];
}
