// Reads source files as `gea check` reads them: a byte-order mark dropped, and a file that is not
// UTF-8 text read as empty with its problem kept, to be one syntax finding where the trouble starts.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { decodeSource, type SourceProblem } from '@gea-arch/language';

export class SourceFiles extends NodeFileSystemProvider {
  private readonly problems = new Map<string, SourceProblem>();

  override async readFile(uri: URI): Promise<string> {
    return this.decoded(uri, await readFile(uri.fsPath));
  }

  override readFileSync(uri: URI): string {
    return this.decoded(uri, readFileSync(uri.fsPath));
  }

  /** What keeps a file on disk from being read as UTF-8 text, if anything. */
  problemOf(uri: string): SourceProblem | undefined {
    return this.problems.get(uri);
  }

  private decoded(uri: URI, bytes: Uint8Array): string {
    const { text, problem } = decodeSource(bytes);
    if (problem) this.problems.set(uri.toString(), problem);
    else this.problems.delete(uri.toString());
    return text;
  }
}
