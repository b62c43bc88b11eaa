// How messages name the kinds of thing a reference may point to.
const WORDS: Record<string, string> = {
  Agency: 'agency',
  Platform: 'platform',
  Trust: 'trust service',
  Data: 'data asset',
  System: 'system',
  Interface: 'interface',
  Law: 'law',
  Plateau: 'plateau',
  View: 'view',
  Waiver: 'waiver',
  Declaration: 'element',
  Field: 'field',
};

export function elementWord(astType: string): string {
  return WORDS[astType] ?? astType.toLowerCase();
}
