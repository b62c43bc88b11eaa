// Every exported declaration by full name, in source order (document URI, then offset), so that
// among duplicates the first one wins wherever a name is looked up; in the language server, one
// such index per workspace folder. Rebuilt when any document changes, and with it what was
// worked out from it (`derived`).
import { WorkspaceCache, type AstNodeDescription, type IndexManager, type LangiumSharedCoreServices, type URI } from 'langium';

/** The names of one partition as last built, and what was worked out from them. */
interface Built {
  readonly byName: Map<string, AstNodeDescription[]>;
  all?: readonly AstNodeDescription[];
  readonly derived: Map<string, unknown>;
}

/** What the names of one partition answer: the scope, the linker's messages and the editor's fixes read them. */
export interface Names {
  lookup(fullName: string): readonly AstNodeDescription[];
  /** Every description, listed once per build of the index. */
  all(): readonly AstNodeDescription[];
  /**
   * What `make` works out from the names, under `key`, made once until the index is built again: a
   * national model with a file missing has tens of thousands of references that do not resolve,
   * and each one's message would otherwise go through every name.
   */
  derived<T>(key: string, make: () => T): T;
}

export class GeaNameIndex {
  private readonly indexManager: IndexManager;
  private readonly cache: WorkspaceCache<'index', Map<string, Names>>;
  private partitionOf: (uri: string) => string = () => '';

  constructor(shared: LangiumSharedCoreServices) {
    this.indexManager = shared.workspace.IndexManager;
    this.cache = new WorkspaceCache(shared);
  }

  /**
   * Splits the names into partitions: a name resolves only among the documents of its own (a
   * language server's workspace folders, each a model of its own). One partition by default.
   */
  partitionBy(partitionOf: (uri: string) => string): void {
    this.partitionOf = partitionOf;
    this.cache.clear();
  }

  /** The names a document sees: those of its partition. */
  of(document: URI | string): Names {
    const partition = this.partitionOf(document.toString());
    const partitions = this.cache.get('index', () => new Map());
    let names = partitions.get(partition);
    if (!names) partitions.set(partition, (names = this.namesOf(partition)));
    return names;
  }

  private namesOf(partition: string): Names {
    const built: Built = { byName: this.namesOfIndex(partition), derived: new Map() };
    return {
      lookup: (fullName) => built.byName.get(fullName) ?? [],
      all: () => (built.all ??= [...built.byName.values()].flat()),
      derived: <T>(key: string, make: () => T): T => {
        if (built.derived.has(key)) return built.derived.get(key) as T;
        const value = make();
        built.derived.set(key, value);
        return value;
      },
    };
  }

  private namesOfIndex(partition: string): Map<string, AstNodeDescription[]> {
    const byName = new Map<string, AstNodeDescription[]>();
    for (const description of this.indexManager.allElements()) {
      if (this.partitionOf(description.documentUri.toString()) !== partition) continue;
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
