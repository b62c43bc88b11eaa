// interface-complete: an interface says what it is (style, version) and what it offers
// (operations or events), and a REST operation says where it is (method, path).
import type { Interface, Operation } from '../model/types.js';
import { listOf } from './exchange-flow.js';
import type { Report, Rule } from './rule.js';

export const interfaceComplete: Rule<'interface-complete'> = {
  id: 'interface-complete',
  severity: 'error',
  check(ctx, report) {
    for (const api of ctx.model.interfaces) {
      if (!ctx.exists(api)) continue;
      checkInterface(api, report);
      if (api.style === 'rest') for (const operation of api.operations) checkRestOperation(api, operation, report);
    }
  },
};

function checkInterface(api: Interface, report: Report): void {
  // A property written with a value outside its vocabulary is a `syntax` finding, not a missing one.
  const lacks: string[] = [];
  const fixes: string[] = [];
  if (api.style === undefined && !api.sources['style']) {
    lacks.push('a `style`');
    fixes.push('`style rest|soap|graphql|event|file`');
  }
  if (api.version === undefined && !api.sources['version']) {
    lacks.push('a `version`');
    fixes.push('`version "1.0.0"`');
  }
  if ((api.style === 'rest' || api.style === 'soap' || api.style === 'graphql') && api.operations.length === 0) {
    lacks.push(`an operation (a ${api.style} interface needs at least one)`);
    fixes.push('`operation NAME { … }`');
  }
  if (api.style === 'event' && api.events.length === 0) {
    lacks.push('an event (an event interface needs at least one)');
    fixes.push('`event NAME { payload DATA { … } }`');
  }
  if (lacks.length === 0) return;
  report({ message: `interface \`${api.id}\` lacks ${listOf(lacks)}; add ${listOf(fixes)}`, source: api.head, element: api });
}

function checkRestOperation(api: Interface, operation: Operation, report: Report): void {
  const lacks: string[] = [];
  const fixes: string[] = [];
  if (operation.method === undefined && !operation.sources['method']) {
    lacks.push('a `method`');
    fixes.push('`method GET|POST|PUT|PATCH|DELETE`');
  }
  if (operation.path === undefined && !operation.sources['path']) {
    lacks.push('a `path`');
    fixes.push('`path "/…"`');
  }
  if (lacks.length === 0) return;
  report({
    message: `rest operation \`${operation.name}\` of interface \`${api.id}\` lacks ${listOf(lacks)}; add ${listOf(fixes)}`,
    source: operation.head,
    element: api,
  });
}
