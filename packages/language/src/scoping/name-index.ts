// Every exported declaration by full name, in source order (document URI, then offset), so that
// among duplicates the first one wins wherever a name is looked up. Rebuilt when any document
// changes.
import { WorkspaceCache, type AstNodeDescription, type IndexManager, type LangiumSharedCoreServices } from 'langium';

export class GeaNameIndex {
  private readonly indexManager: IndexManager;
  private readonly cache: WorkspaceCache<'index', Map<string, AstNodeDescription[]>>;

  constructor(shared: LangiumSharedCoreServices) {
    this.indexManager = shared.workspace.IndexManager;
    this.cache = new WorkspaceCache(shared);
  }

  lookup(fullName: string): readonly AstNodeDescription[] {
    return this.byName().get(fullName) ?? [];
  }

  all(): Iterable<AstNodeDescription> {
    return [...this.byName().values()].flat();
  }

  private byName(): Map<string, AstNodeDescription[]> {
    return this.cache.get('index', () => {
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
    });
  }
}

export function compareSourceOrder(a: AstNodeDescription, b: AstNodeDescription): number {
  const uriA = a.documentUri.toString();
  const uriB = b.documentUri.toString();
  if (uriA !== uriB) return uriA < uriB ? -1 : 1;
  return (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0);
}
