// Reports computed from the model alone: the agency scorecard, the signature map, the revision diff,
// the model's counts (`gea stats`).
export * from './scorecard.js';
export * from './signature-map.js';
export * from './revision-diff.js';
export * from './model-stats.js';
