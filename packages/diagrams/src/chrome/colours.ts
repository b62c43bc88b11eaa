// The colours of diagrams, once per theme: the SVG's style sheet uses both, the Mermaid and
// PlantUML renderings the light one.
import type { Classification, EdgeKind, NodeKind, Status } from '@gea-arch/core';
import type { FindingLevel } from './findings.js';

export interface Paint {
  readonly fill: string;
  readonly stroke: string;
}

export interface Palette {
  readonly background: string;
  readonly ink: string;
  readonly mutedInk: string;
  readonly titleBar: Paint;
  readonly agencyGroup: Paint & { readonly tab: string; readonly tabInk: string };
  readonly platformGroup: Paint & { readonly ink: string };
  /** Elements with no classification (or none that applies to their kind). */
  readonly kinds: Readonly<Record<NodeKind, Paint>>;
  readonly classifications: Readonly<Record<Classification, Paint>>;
  /** The gap between the two lines of a double (changed) border. */
  readonly doubleBorderGap: string;
  readonly statusBadges: Readonly<Record<Status, string>>;
  readonly classificationBadges: Readonly<Record<Classification, string>>;
  readonly badgeInk: string;
  readonly tagBadge: Paint & { readonly ink: string };
  readonly edges: Readonly<Record<EdgeKind, string>>;
  readonly edgeLabel: Paint & { readonly ink: string };
  readonly legend: Paint;
  /** Halos, signs and badges of elements with findings. */
  readonly findings: Readonly<Record<FindingLevel, string>>;
}

export const LIGHT: Palette = {
  background: '#ffffff',
  ink: '#0f172a',
  mutedInk: '#475569',
  titleBar: { fill: '#f1f5f9', stroke: '#cbd5e1' },
  agencyGroup: { fill: '#f8fafc', stroke: '#94a3b8', tab: '#334155', tabInk: '#ffffff' },
  platformGroup: { fill: '#f5f9fc', stroke: '#64748b', ink: '#334155' },
  kinds: {
    agency: { fill: '#f1f5f9', stroke: '#334155' },
    system: { fill: '#ffffff', stroke: '#334155' },
    data: { fill: '#e0f2fe', stroke: '#0369a1' },
    document: { fill: '#fffbeb', stroke: '#a16207' },
    interface: { fill: '#e0f2fe', stroke: '#0369a1' },
    platform: { fill: '#eef2f6', stroke: '#4b5563' },
    trust: { fill: '#f3e8ff', stroke: '#7e22ce' },
  },
  classifications: {
    public: { fill: '#dcfce7', stroke: '#15803d' },
    internal: { fill: '#e0f2fe', stroke: '#0369a1' },
    restricted: { fill: '#ffedd5', stroke: '#c2410c' },
    secret: { fill: '#fee2e2', stroke: '#b91c1c' },
  },
  doubleBorderGap: '#ffffff',
  statusBadges: {
    active: '#475569',
    planned: '#15803d',
    retiring: '#92400e',
    new: '#15803d',
    eliminated: '#6b7280',
    changed: '#c2410c',
    kept: '#475569',
  },
  classificationBadges: { public: '#15803d', internal: '#0369a1', restricted: '#c2410c', secret: '#b91c1c' },
  badgeInk: '#ffffff',
  tagBadge: { fill: '#ffffff', stroke: '#94a3b8', ink: '#334155' },
  edges: {
    consumes: '#334155',
    provides: '#0f766e',
    masters: '#1d4ed8',
    stores: '#92400e',
    carries: '#0369a1',
    'depends-on': '#dc2626',
    uses: '#64748b',
    signs: '#7e22ce',
    seals: '#7e22ce',
    verifies: '#7e22ce',
    with: '#a855f7',
    timestamp: '#9333ea',
    issuer: '#6b21a8',
    aggregate: '#475569',
  },
  edgeLabel: { fill: '#ffffff', stroke: '#cbd5e1', ink: '#334155' },
  legend: { fill: '#f8fafc', stroke: '#cbd5e1' },
  findings: { error: '#dc2626', warning: '#d97706', waived: '#64748b' },
};

export const DARK: Palette = {
  background: '#0f172a',
  ink: '#e2e8f0',
  mutedInk: '#94a3b8',
  titleBar: { fill: '#1e293b', stroke: '#334155' },
  agencyGroup: { fill: '#131d31', stroke: '#475569', tab: '#cbd5e1', tabInk: '#0f172a' },
  platformGroup: { fill: '#111b2e', stroke: '#94a3b8', ink: '#cbd5e1' },
  kinds: {
    agency: { fill: '#1e293b', stroke: '#cbd5e1' },
    system: { fill: '#1e293b', stroke: '#94a3b8' },
    data: { fill: '#082f49', stroke: '#38bdf8' },
    document: { fill: '#292524', stroke: '#fbbf24' },
    interface: { fill: '#082f49', stroke: '#38bdf8' },
    platform: { fill: '#1f2937', stroke: '#9ca3af' },
    trust: { fill: '#2e1065', stroke: '#c084fc' },
  },
  classifications: {
    public: { fill: '#052e16', stroke: '#4ade80' },
    internal: { fill: '#082f49', stroke: '#38bdf8' },
    restricted: { fill: '#431407', stroke: '#fb923c' },
    secret: { fill: '#450a0a', stroke: '#f87171' },
  },
  doubleBorderGap: '#0f172a',
  statusBadges: {
    active: '#64748b',
    planned: '#15803d',
    retiring: '#b45309',
    new: '#15803d',
    eliminated: '#4b5563',
    changed: '#c2410c',
    kept: '#64748b',
  },
  classificationBadges: { public: '#15803d', internal: '#0369a1', restricted: '#c2410c', secret: '#b91c1c' },
  badgeInk: '#ffffff',
  tagBadge: { fill: '#1e293b', stroke: '#64748b', ink: '#e2e8f0' },
  edges: {
    consumes: '#cbd5e1',
    provides: '#2dd4bf',
    masters: '#60a5fa',
    stores: '#fbbf24',
    carries: '#38bdf8',
    'depends-on': '#f87171',
    uses: '#94a3b8',
    signs: '#c084fc',
    seals: '#c084fc',
    verifies: '#c084fc',
    with: '#d8b4fe',
    timestamp: '#e879f9',
    issuer: '#a78bfa',
    aggregate: '#94a3b8',
  },
  edgeLabel: { fill: '#0f172a', stroke: '#475569', ink: '#e2e8f0' },
  legend: { fill: '#131d31', stroke: '#334155' },
  findings: { error: '#f87171', warning: '#fbbf24', waived: '#94a3b8' },
};
