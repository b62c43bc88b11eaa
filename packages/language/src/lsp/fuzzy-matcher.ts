// Fuzzy matching of what is typed against names (workspace symbols, completion): a word also
// starts after the `.` of a qualified name, so `citizen` finds `mn.gasr.citizen_info`, and
// letters match whatever their case, Cyrillic ones too.
import { DefaultFuzzyMatcher } from 'langium/lsp';

const DOT = '.'.charCodeAt(0);

export class GeaFuzzyMatcher extends DefaultFuzzyMatcher {
  protected override isWordTransition(previous: number, current: number): boolean {
    return previous === DOT || super.isWordTransition(previous, current);
  }

  protected override toUpperCharCode(charCode: number): number {
    return String.fromCharCode(charCode).toUpperCase().charCodeAt(0);
  }
}
