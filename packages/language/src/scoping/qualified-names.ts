// Full names of declarations (`namespace` + `.` + id) and the outward lookup order of a reference.
import type { AstNode } from 'langium';
import { isModel, type Declaration, type Model } from '../generated/ast.js';

export function namespaceOf(node: AstNode): string | undefined {
  let root: AstNode = node;
  while (root.$container) root = root.$container;
  return isModel(root) ? root.namespace : undefined;
}

export function qualifiedNameOf(declaration: Declaration): string {
  return joinName((declaration.$container as Model).namespace, declaration.name);
}

export function joinName(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}.${name}` : name;
}

/** The full names a reference written `name` may mean inside `namespace`, innermost first. */
export function outwardCandidates(namespace: string | undefined, name: string): string[] {
  const candidates: string[] = [];
  for (let around = namespace; around; around = enclosingNamespace(around)) candidates.push(`${around}.${name}`);
  candidates.push(name);
  return candidates;
}

/** The namespace around `namespace` (`mn` around `mn.gasr`), undefined around a top-level one. */
export function enclosingNamespace(namespace: string): string | undefined {
  const dot = namespace.lastIndexOf('.');
  return dot < 0 ? undefined : namespace.slice(0, dot);
}

/** The shortest way to write `fullName` from inside `namespace` (for messages and completion). */
export function relativeName(namespace: string | undefined, fullName: string): string {
  return relativeNames(namespace)(fullName);
}

/** `relativeName` for many names written from one namespace, its prefixes made once. */
export function relativeNames(namespace: string | undefined): (fullName: string) => string {
  if (!namespace) return (fullName) => fullName;
  const segments = namespace.split('.');
  const prefixes = segments.map((_, index) => `${segments.slice(0, segments.length - index).join('.')}.`);
  return (fullName) => {
    for (const prefix of prefixes) if (fullName.startsWith(prefix)) return fullName.slice(prefix.length);
    return fullName;
  };
}
