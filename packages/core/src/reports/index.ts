// Reports computed from the model alone: the agency scorecard, the signature map, the revision diff.
export * from './scorecard.js';
export * from './signature-map.js';
export * from './revision-diff.js';
