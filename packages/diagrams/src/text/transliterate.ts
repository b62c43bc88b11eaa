// Mongolian Cyrillic to plain ASCII Latin, so that identifiers in the text renderings stay
// readable (`мэдээлэл` → `medeelel`) where model ids use Cyrillic names.
const LATIN_FOR_CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'ye',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'i',
  ы: 'y',
  ь: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** The Latin spelling of one character, keeping its case, or undefined if it is not Cyrillic we know. */
export function latinFor(character: string): string | undefined {
  const lower = character.toLowerCase();
  const latin = LATIN_FOR_CYRILLIC[lower];
  if (latin === undefined || lower === character) return latin;
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}
