// What the preview draws: the element it was opened on (a code lens), else the element at the
// cursor in the document it follows. The cursor's place is remembered, so that typing in another
// file, or clicking into the preview itself, redraws the same view rather than the landscape.

export interface Place {
  readonly line: number;
  readonly character: number;
}

export interface PreviewRequest {
  readonly uri: string;
  readonly element?: string;
  readonly position?: Place;
}

export class PreviewSubject {
  private cursor: Place | undefined;

  constructor(
    readonly uri: string,
    readonly element?: string,
  ) {}

  /** Whether it follows the cursor in `uri`. */
  follows(uri: string): boolean {
    return this.element === undefined && uri === this.uri;
  }

  /** The request to draw it; `active` is the active editor's document and cursor, if any. */
  request(active?: { uri: string; position: Place }): PreviewRequest {
    if (this.element !== undefined) return { uri: this.uri, element: this.element };
    if (active && active.uri === this.uri) this.cursor = { line: active.position.line, character: active.position.character };
    return { uri: this.uri, position: this.cursor };
  }
}
