// Public surface of @gea-arch/core: pure, no Langium, no Node.js, no I/O.
export * from './model/index.js';
export * from './findings/index.js';
export * from './rules/index.js';
export * from './views/index.js';
export * from './gap/index.js';
export * from './reports/index.js';
export * from './words/index.js';
export * from './markdown/index.js';
export * from './analyze.js';
export * from './stepwise.js';
