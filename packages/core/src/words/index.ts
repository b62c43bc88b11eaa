// The words gea says to people, in Mongolian and English, and close-match suggestions.
export * from './locale.js';
export * from './words.js';
export * from './suggest.js';
export * from './printable.js';
export * from './latin-spelling.js';
