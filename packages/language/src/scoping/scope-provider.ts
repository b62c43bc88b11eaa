// Resolves references the way LANGUAGE.md says: in the file's namespace first, then in each
// enclosing namespace outward, then as an absolute name. Field references resolve inside the
// data asset their list belongs to.
import {
  DefaultScopeProvider,
  EMPTY_SCOPE,
  stream,
  type AstNodeDescription,
  type LangiumCoreServices,
  type ReferenceInfo,
  type Scope,
  type Stream,
} from 'langium';
import { Field, isPayload, isStoresStatement } from '../generated/ast.js';
import { fieldsOf } from './fields.js';
import type { GeaNameIndex } from './name-index.js';
import { enclosingNamespace, namespaceOf, outwardCandidates } from './qualified-names.js';

export class GeaScopeProvider extends DefaultScopeProvider {
  private readonly names: GeaNameIndex;

  constructor(services: LangiumCoreServices & { references: { NameIndex: GeaNameIndex } }) {
    super(services);
    this.names = services.references.NameIndex;
  }

  override getScope(context: ReferenceInfo): Scope {
    const referenceType = this.reflection.getReferenceType(context);
    if (referenceType === Field.$type) return this.fieldScope(context);
    return new OutwardScope(this.names, namespaceOf(context.container), (type) => this.reflection.isSubtype(type, referenceType));
  }

  private fieldScope(context: ReferenceInfo): Scope {
    const owner = context.container;
    const data = isPayload(owner) || isStoresStatement(owner) ? owner.data?.ref : undefined;
    return data ? this.createScopeForNodes(fieldsOf(data)) : EMPTY_SCOPE;
  }
}

class OutwardScope implements Scope {
  constructor(
    private readonly names: GeaNameIndex,
    private readonly namespace: string | undefined,
    private readonly accepts: (type: string) => boolean,
  ) {}

  /** The first of `getElements`, found without listing the others (the linker asks this of every reference). */
  getElement(name: string): AstNodeDescription | undefined {
    for (let namespace = this.namespace || undefined; ;) {
      const found = this.firstAccepted(namespace ? `${namespace}.${name}` : name);
      if (found || !namespace) return found;
      namespace = enclosingNamespace(namespace);
    }
  }

  getElements(name: string): Stream<AstNodeDescription> {
    for (const candidate of outwardCandidates(this.namespace, name)) {
      const matches = this.names.lookup(candidate).filter((description) => this.accepts(description.type));
      if (matches.length > 0) return stream(matches);
    }
    return stream([]);
  }

  getAllElements(): Stream<AstNodeDescription> {
    return stream(this.names.all()).filter((description) => this.accepts(description.type));
  }

  private firstAccepted(fullName: string): AstNodeDescription | undefined {
    for (const description of this.names.lookup(fullName)) if (this.accepts(description.type)) return description;
    return undefined;
  }
}
