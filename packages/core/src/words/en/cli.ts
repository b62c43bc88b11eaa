// English words of the cli section (filled in as its strings move here).
export const cli = {};
