// The renames that put staged sections in place, written down as they are made, so that when one
// fails every one already made is undone, last first, and the out folder is what it was before.
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

export type Rename = (from: string, to: string) => Promise<void>;

export interface Move {
  readonly from: string;
  readonly to: string;
}

export class MoveJournal {
  private readonly moves: Move[] = [];

  constructor(private readonly renameFile: Rename = rename) {}

  /** Renames `from` to `to`, and notes it once done. */
  async move(from: string, to: string): Promise<void> {
    await this.renameFile(from, to);
    this.moves.push({ from, to });
  }

  /** Moves everything back, last first (its folder made again if a removal took it); returns the moves that stay made. */
  async undo(): Promise<Move[]> {
    const stuck: Move[] = [];
    for (const move of this.moves.splice(0).reverse()) {
      try {
        await mkdir(dirname(move.from), { recursive: true });
        await this.renameFile(move.to, move.from);
      } catch {
        stuck.push(move);
      }
    }
    return stuck;
  }
}
