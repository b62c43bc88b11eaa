// What the preview asks the server to draw as the editor moves and the model is typed.
import { describe, expect, it } from 'vitest';
import { PreviewSubject } from '../src/preview-subject.js';

const MODEL = 'file:///ws/model.gea';
const OTHER = 'file:///ws/other.gea';

describe('the preview’s subject', () => {
  it('is the element it was opened on, wherever the cursor is', () => {
    const subject = new PreviewSubject(MODEL, 'mn.gasr.civil_registry');
    expect(subject.follows(MODEL)).toBe(false);
    expect(subject.request({ uri: MODEL, position: { line: 3, character: 1 } })).toEqual({ uri: MODEL, element: 'mn.gasr.civil_registry' });
  });

  it('follows the cursor in its document, and keeps its last place while another file is typed in or the preview has the focus', () => {
    const subject = new PreviewSubject(MODEL);
    expect(subject.follows(MODEL)).toBe(true);
    expect(subject.follows(OTHER)).toBe(false);
    expect(subject.request({ uri: MODEL, position: { line: 7, character: 2 } })).toEqual({
      uri: MODEL,
      position: { line: 7, character: 2 },
    });
    // Typing in another file redraws the same view, not the landscape.
    expect(subject.request({ uri: OTHER, position: { line: 0, character: 0 } })).toEqual({
      uri: MODEL,
      position: { line: 7, character: 2 },
    });
    // With the preview focused there is no active editor.
    expect(subject.request(undefined)).toEqual({ uri: MODEL, position: { line: 7, character: 2 } });
    expect(subject.request({ uri: MODEL, position: { line: 9, character: 0 } })).toEqual({
      uri: MODEL,
      position: { line: 9, character: 0 },
    });
  });
});
