// Resolves references the way LANGUAGE.md says: in the file's namespace first, then in each
// enclosing namespace outward, then as an absolute name. Field references resolve inside the
// data asset their list belongs to.
import {
  AstUtils,
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
import type { GeaNameIndex, Names } from './name-index.js';
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
    const names = this.names.of(AstUtils.getDocument(context.container).uri);
    return new OutwardScope(names, namespaceOf(context.container), (type) => this.reflection.isSubtype(type, referenceType));
  }

  private fieldScope(context: ReferenceInfo): Scope {
    const owner = context.container;
    const data = isPayload(owner) || isStoresStatement(owner) ? owner.data?.ref : undefined;
    return data ? new FieldScope(fieldsOf(data), (field) => this.descriptions.createDescription(field, field.name)) : EMPTY_SCOPE;
  }
}

/**
 * The fields of one data asset, found by name as Langium's scope over them finds them
 * (`createScopeForNodes`: the named ones, the first of a name) without a stream over them and a
 * description of each field passed on the way: the linker asks one for every field reference.
 */
class FieldScope implements Scope {
  private readonly named: readonly Field[];

  constructor(
    fields: readonly Field[],
    private readonly describe: (field: Field) => AstNodeDescription,
  ) {
    this.named = fields.filter((field) => field.name);
  }

  getElement(name: string): AstNodeDescription | undefined {
    const field = this.named.find((candidate) => candidate.name === name);
    return field && this.describe(field);
  }

  getElements(name: string): Stream<AstNodeDescription> {
    return stream(this.named.filter((field) => field.name === name)).map(this.describe);
  }

  getAllElements(): Stream<AstNodeDescription> {
    return stream(this.named).map(this.describe);
  }
}

class OutwardScope implements Scope {
  constructor(
    private readonly names: Names,
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
