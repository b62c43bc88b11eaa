// English words of the syntax section (filled in as its strings move here).
export const syntax = {};
