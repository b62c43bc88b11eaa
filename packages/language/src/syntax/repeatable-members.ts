// The members a block may hold more than once; any other given twice is a `syntax` error, and
// completion does not offer its keyword where it is already given. Names and descriptions may be
// given once per locale.
import * as ast from '../generated/ast.js';

export const REPEATABLE_MEMBERS: ReadonlySet<string> = new Set<string>([
  ast.NameProperty.$type,
  ast.DescriptionProperty.$type,
  ast.LegalBasisProperty.$type,
  ast.Certificate.$type,
  ast.FieldStatement.$type,
  ast.FieldsBlock.$type,
  ast.Operation.$type,
  ast.Event.$type,
  ast.MastersStatement.$type,
  ast.StoresStatement.$type,
  ast.ConsumesStatement.$type,
  ast.DependsOnStatement.$type,
  ast.UsesStatement.$type,
  ast.SignsStatement.$type,
  ast.SealsStatement.$type,
  ast.VerifiesStatement.$type,
  ast.PayloadProperty.$type,
  ast.MetaEntry.$type,
]);
