// UTF-16 code units the lexer and the completion's comment and string finder look for.
export const QUOTE = 0x22;
export const STAR = 0x2a;
export const DASH = 0x2d;
export const SLASH = 0x2f;
export const BACKSLASH = 0x5c;
export const LF = 0x0a;
export const CR = 0x0d;
