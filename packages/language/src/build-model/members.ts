// A declaration's or block's members picked by their exact AST type. The builder reads dozens of
// properties per declaration: comparing `$type` costs a string comparison where the generated
// guards (`ast.isOwnerProperty`) ask the reflection about subtypes for every member they skip.
// Every type asked for here is concrete (no other type extends it), so the two agree.
import type { AstNode } from 'langium';
import type { GeaAstType } from '../generated/ast.js';

export type MemberType = keyof GeaAstType;

/** The first member of this type. */
export function first<K extends MemberType>(members: readonly AstNode[] | undefined, type: K): GeaAstType[K] | undefined {
  if (members) for (const member of members) if (member.$type === type) return member as GeaAstType[K];
  return undefined;
}

/** The flags: yes when written alone. */
export type FlagType = 'AccreditedFlag' | 'BaseRegistryFlag' | 'LegallyBindingFlag' | 'DeprecatedFlag';

/**
 * Whether a flag (`base-registry`) says yes: it is written, and not as `base-registry false`,
 * which is an error that must not be read as the yes it denies (decision 0064).
 */
export function isFlagSet(members: readonly AstNode[] | undefined, type: FlagType): boolean {
  if (members) for (const member of members) if (member.$type === type && (member as GeaAstType[FlagType]).value !== 'false') return true;
  return false;
}

/** Every member of this type, in source order. */
export function everyOf<K extends MemberType>(members: readonly AstNode[] | undefined, type: K): Array<GeaAstType[K]> {
  const found: Array<GeaAstType[K]> = [];
  if (members) for (const member of members) if (member.$type === type) found.push(member as GeaAstType[K]);
  return found;
}

/** Whether a member is of this type, narrowed. */
export function isOfType<K extends MemberType>(member: AstNode, type: K): member is GeaAstType[K] {
  return member.$type === type;
}
