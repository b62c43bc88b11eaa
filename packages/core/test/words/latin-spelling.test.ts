// One Latin spelling of Mongolian Cyrillic for every ASCII name gea makes (MNS 5217:2012, е as e).
import { describe, expect, it } from 'vitest';
import { latinSpelling } from '@gea-arch/core';

const spell = (word: string): string => [...word].map((character) => latinSpelling(character) ?? character).join('');

describe('the Latin spelling of Mongolian Cyrillic', () => {
  it('follows the national standard, Ө and Ү included, with е as e', () => {
    expect(spell('мэдээлэл')).toBe('medeelel');
    expect(spell('Өргөдөл')).toBe('Orgodol');
    expect(spell('үйлчилгээ')).toBe('uilchilgee');
    expect(spell('Ерөнхий')).toBe('Eronkhii');
    expect(spell('регистр')).toBe('registr');
    expect(spell('Хурал')).toBe('Khural');
    expect(spell('цахим')).toBe('tsakhim');
    expect(spell('Щёткa')).toBe('Shchyotka');
  });

  it('leaves anything else to the caller', () => {
    expect(latinSpelling('q')).toBeUndefined();
    expect(latinSpelling('名')).toBeUndefined();
    expect(latinSpelling('.')).toBeUndefined();
  });
});
