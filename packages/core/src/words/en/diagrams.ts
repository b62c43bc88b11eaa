// English words of the diagrams section (filled in as its strings move here).
export const diagrams = {};
