// The ArchiMate exchange: export a gea model to the Open Group Model Exchange File Format 3.1, and
// import such a file (as Archi writes it) into .gea files with a report of what was not mapped.
export { exportArchimate, exchangeOfModel, type ArchimateExportOptions } from './export-archimate.js';
export {
  importArchimate,
  sayNote,
  WORKSPACE_CONFIG,
  REPORT_FILE,
  type ArchimateImport,
  type ArchimateImportOptions,
} from './import-archimate.js';
export { readExchangeXml, ExchangeReadError } from './read-xml.js';
export { exchangeXmlPieces, writeExchangeXml } from './write-xml.js';
export type * from './exchange.js';
export { ALLOWED, ELEMENT_TYPES, RELATIONSHIP_LETTERS, allows, type ElementType, type RelationshipType } from './relationship-table.js';
export { declarationId, nameOfDeclarationId } from './identifiers.js';
export { GEA_KEYWORDS } from './keywords.js';
export type { ImportNote, NoteCode } from './import-exchange.js';
