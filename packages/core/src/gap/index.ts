// Gap analysis: what differs between two states of the architecture (plateaus, or revisions).
export * from './properties.js';
export * from './changes.js';
export * from './layers.js';
export * from './owning-agency.js';
export * from './compare-models.js';
export * from './findings-diff.js';
export * from './potential-gaps.js';
export * from './gap-analysis.js';
