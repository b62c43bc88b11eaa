// Every exported declaration by full name, in source order (document URI, then offset), so that
// among duplicates the first one wins wherever a name is looked up. Rebuilt when any document
// changes, and with it what was worked out from it (`derived`).
import { WorkspaceCache, type AstNodeDescription, type IndexManager, type LangiumSharedCoreServices } from 'langium';

/** The index as last built, and what was worked out from it. */
interface Built {
  readonly byName: Map<string, AstNodeDescription[]>;
  all?: readonly AstNodeDescription[];
  readonly derived: Map<string, unknown>;
}

export class GeaNameIndex {
  private readonly indexManager: IndexManager;
  private readonly cache: WorkspaceCache<'index', Built>;

  constructor(shared: LangiumSharedCoreServices) {
    this.indexManager = shared.workspace.IndexManager;
    this.cache = new WorkspaceCache(shared);
  }

  lookup(fullName: string): readonly AstNodeDescription[] {
    return this.built().byName.get(fullName) ?? [];
  }

  /** Every description, listed once per build of the index. */
  all(): readonly AstNodeDescription[] {
    const built = this.built();
    return (built.all ??= [...built.byName.values()].flat());
  }

  /**
   * What `make` works out from the index, under `key`, made once until the index is built again: a
   * national model with a file missing has tens of thousands of references that do not resolve,
   * and each one's message would otherwise go through every name.
   */
  derived<T>(key: string, make: () => T): T {
    const { derived } = this.built();
    if (derived.has(key)) return derived.get(key) as T;
    const value = make();
    derived.set(key, value);
    return value;
  }

  private built(): Built {
    return this.cache.get('index', () => ({ byName: this.namesOfIndex(), derived: new Map() }));
  }

  private namesOfIndex(): Map<string, AstNodeDescription[]> {
    const byName = new Map<string, AstNodeDescription[]>();
    for (const description of this.indexManager.allElements()) {
      const list = byName.get(description.name);
      if (list) list.push(description);
      else byName.set(description.name, [description]);
    }
    for (const list of byName.values()) {
      if (list.length > 1) list.sort(compareSourceOrder);
    }
    return byName;
  }
}

export function compareSourceOrder(a: AstNodeDescription, b: AstNodeDescription): number {
  const uriA = a.documentUri.toString();
  const uriB = b.documentUri.toString();
  if (uriA !== uriB) return uriA < uriB ? -1 : 1;
  return (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0);
}
