// Langium's document validator, walking the syntax tree without streams: each node's checks come
// from the registry's lists (gea-validation-registry.ts), a check that returns no promise is not
// awaited, and cancellation is looked at every few hundred nodes rather than at each.
import {
  type AstNode,
  Cancellation,
  DefaultDocumentValidator,
  interruptAndCheck,
  type ValidationAcceptor,
  type ValidationOptions,
} from 'langium';
import { GeaValidationRegistry } from './gea-validation-registry.js';
import { childrenOf } from '../scoping/tree-references.js';

const INTERRUPT_EVERY = 256;

export class GeaTreeValidator extends DefaultDocumentValidator {
  protected override async validateAstNodes(
    rootNode: AstNode,
    options: ValidationOptions,
    acceptor: ValidationAcceptor,
    cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
  ): Promise<void> {
    const registry = this.validationRegistry;
    if (!(registry instanceof GeaValidationRegistry)) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
    // Depth first, children in the order of their properties: the order of Langium's streamAst.
    const pending: AstNode[] = [rootNode];
    for (let visited = 0; pending.length > 0; visited++) {
      if (visited % INTERRUPT_EVERY === 0) await interruptAndCheck(cancelToken);
      const node = pending.pop()!;
      const nodeOptions = this.validateSingleNodeOptions(node, options);
      if (nodeOptions.validateNode) {
        for (const check of registry.checksOf(node.$type, options.categories)) {
          const done = check(node, acceptor, cancelToken);
          if (done) await done;
        }
      }
      if (nodeOptions.validateChildren) {
        const children = childrenOf(node);
        for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
      }
    }
  }
}
