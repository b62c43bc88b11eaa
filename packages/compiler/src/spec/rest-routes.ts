// How the operations of a `rest` interface become OpenAPI path items. OpenAPI has one operation per
// method and path item, and forbids two templated paths that differ only in the names of their
// parameters: an operation's path item is the first (in source order) whose path has the same
// shape, its parameters named as there, and an operation whose method that item already has is
// left out, which the OpenAPI, the agreement drafts and the commands say.
import type { Operation } from '@gea-arch/core';
import { asciiKey } from './names.js';

/** A path as written, split into what OpenAPI keeps apart. */
export interface WrittenPath {
  /** The path without its query: `/addresses`. */
  readonly path: string;
  /** The names in `{…}` in the path, in order. */
  readonly templateNames: readonly string[];
  /** Query parameters: `name={field}` takes a field, `name=value` is fixed. */
  readonly query: ReadonlyArray<{ readonly name: string; readonly field?: string; readonly value?: string }>;
}

export function parseWrittenPath(written: string): WrittenPath {
  const [pathPart = '', queryPart] = written.trim().split(/\?(.*)/s, 2);
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  const templateNames = [...path.matchAll(TEMPLATE)].map((match) => match[1]!);
  const query = (queryPart ?? '')
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const [name = '', value] = part.split(/=(.*)/s, 2);
      const template = /^\{([^{}]+)\}$/.exec(value ?? name);
      if (template) return { name: value === undefined ? template[1]! : name, field: template[1]! };
      return { name, value: value ?? '' };
    });
  return { path, templateNames, query };
}

const TEMPLATE = /\{([^{}]+)\}/g;

/** Where one operation goes in the OpenAPI. */
export interface RestRoute {
  readonly operation: Operation;
  /** Lower case, as OpenAPI keys it: `get`. */
  readonly method: string;
  readonly written: WrittenPath;
  /** The key of its path item: the path of the first operation of that shape, with its template names. */
  readonly path: string;
  /** The names of its path parameters, position by position as in `path`. */
  readonly pathNames: readonly string[];
}

/** An operation with the method and path item of an earlier one, which the OpenAPI leaves out. */
export interface LeftOutRoute extends RestRoute {
  readonly earlier: Operation;
}

export interface RestRoutes {
  /** The operations the OpenAPI holds, in source order. */
  readonly routes: readonly RestRoute[];
  readonly leftOut: readonly LeftOutRoute[];
}

export function restRoutes(operations: readonly Operation[]): RestRoutes {
  const items = new Map<string, { path: string; names: string[]; methods: Map<string, Operation> }>();
  const routes: RestRoute[] = [];
  const leftOut: LeftOutRoute[] = [];
  for (const operation of operations) {
    const method = (operation.method ?? (operation.input ? 'POST' : 'GET')).toLowerCase();
    const written = parseWrittenPath(operation.path ?? `/${operation.name}`);
    // The path's shape: its template names do not tell two paths apart.
    const shape = written.path.replace(TEMPLATE, '{}');
    let item = items.get(shape);
    if (!item) {
      item = { path: templatePath(written), names: written.templateNames.map(templateName), methods: new Map() };
      items.set(shape, item);
    }
    const route = { operation, method, written, path: item.path, pathNames: item.names };
    const earlier = item.methods.get(method);
    if (earlier) {
      leftOut.push({ ...route, earlier });
      continue;
    }
    item.methods.set(method, operation);
    routes.push(route);
  }
  return { routes, leftOut };
}

/** A route as people read it: `GET /persons/{register_no}`. */
export function routeText(route: RestRoute): string {
  return `${route.method.toUpperCase()} ${route.path}`;
}

/**
 * A path parameter's name as URI templates (RFC 6570) allow it, which is what tools match `{…}`
 * with: ASCII, Cyrillic transliterated. The parameter's schema still names the field.
 */
function templateName(name: string): string {
  return asciiKey(name).replace(/[^A-Za-z0-9_]/g, '_');
}

/** The written path with its template names as `templateName` gives them. */
function templatePath(written: WrittenPath): string {
  return written.path.replace(TEMPLATE, (_match, name: string) => `{${templateName(name)}}`);
}
