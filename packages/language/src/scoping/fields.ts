import type { Data, Field } from '../generated/ast.js';
import { isFieldStatement, isFieldsBlock } from '../generated/ast.js';

/** The fields of a data asset, from `field` statements and `fields { }` blocks, in source order. */
export function fieldsOf(data: Data): Field[] {
  const fields: Field[] = [];
  for (const member of data.members ?? []) {
    if (isFieldStatement(member) && member.field) fields.push(member.field);
    else if (isFieldsBlock(member)) fields.push(...member.fields);
  }
  return fields;
}
