// interface-complete: an interface says what it is (style, version) and what it offers
// (operations or events), and a REST operation says where it is (method, path). A property written
// with a value outside its vocabulary is a `syntax` finding, not a missing one; a blank `version ""`
// or `path ""` says nothing, as a blank `purpose` does (consumption-legal-basis), and is missing.
import type { Interface, Operation } from '../model/types.js';
import { everyTouched } from './affected.js';
import type { Rule } from './rule.js';

export const interfaceComplete: Rule<'interface-complete'> = {
  id: 'interface-complete',
  severity: 'error',
  affected: everyTouched,
  check({ model, words }, report) {
    for (const api of model.interfaces) {
      const missing = missingFromInterface(api);
      if (missing.length > 0)
        report({ message: words.incomplete({ api: api.id, style: api.style, missing }), source: api.head, element: api });
      if (api.style !== 'rest') continue;
      for (const operation of api.operations) {
        const lacks = missingFromRestOperation(operation);
        if (lacks.length > 0)
          report({
            message: words.incompleteOperation({ operation: operation.name, api: api.id, missing: lacks }),
            source: operation.head,
            element: api,
          });
      }
    }
  },
};

function missingFromInterface(api: Interface): Array<'style' | 'version' | 'operation' | 'event'> {
  const missing: Array<'style' | 'version' | 'operation' | 'event'> = [];
  if (api.style === undefined && !api.sources.has('style')) missing.push('style');
  if (isUnstated(api.version, api.sources.has('version'))) missing.push('version');
  if ((api.style === 'rest' || api.style === 'soap' || api.style === 'graphql') && api.operations.length === 0) missing.push('operation');
  if (api.style === 'event' && api.events.length === 0) missing.push('event');
  return missing;
}

function missingFromRestOperation(operation: Operation): Array<'method' | 'path'> {
  const missing: Array<'method' | 'path'> = [];
  if (operation.method === undefined && !operation.sources.has('method')) missing.push('method');
  if (isUnstated(operation.path, operation.sources.has('path'))) missing.push('path');
  return missing;
}

/** Not written, or written blank; a keyword written with no value the parser could read is its syntax error's. */
function isUnstated(value: string | undefined, written: boolean): boolean {
  return value === undefined ? !written : value.trim() === '';
}
