// Which documents an edit affects, asked of every document after every keystroke: Langium's walks
// each one's references (90 000 at national scale) for one whose target is in an edited document.
// The documents each one refers into are kept as a set when its references are indexed.
import { DefaultIndexManager, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class GeaIndexManager extends DefaultIndexManager {
  /** The documents each document's references name, by URI. */
  private readonly referredTo = new Map<string, Set<string>>();

  override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
    await super.updateReferences(document, cancelToken);
    const uri = document.uri.toString();
    const targets = new Set<string>();
    for (const reference of this.referenceIndex.get(uri) ?? []) if (!reference.local) targets.add(reference.targetUri.toString());
    this.referredTo.set(uri, targets);
  }

  override removeReferences(uri: URI): void {
    super.removeReferences(uri);
    this.referredTo.delete(uri.toString());
  }

  override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
    const targets = this.referredTo.get(document.uri.toString());
    // Not indexed since it was last (partly) linked, a build cancelled in between: what it refers into is not known.
    if (!targets) return true;
    for (const uri of changedUris) if (targets.has(uri)) return true;
    return false;
  }
}
