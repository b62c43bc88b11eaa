// The words gea says to people, and close-match suggestions.
export * from './suggest.js';
export * from './diagram-words.js';
