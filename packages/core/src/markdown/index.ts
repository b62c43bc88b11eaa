export * as md from './markdown.js';
export { messageParts, type MessagePart } from './message-parts.js';
