// Mongolian Cyrillic spelled in Latin letters, for the names that must be ASCII: schema keys in
// the specs, identifiers in Mermaid and PlantUML (`мэдээлэл` → `medeelel`). One table, so a name
// reads the same in every output: the national standard's (MNS 5217:2012), but for е, spelled e
// as the loanwords it mostly occurs in are known (`регистр` → `registr`, not `ryegistr`), and as
// the specs' keys have always had it (decision 0025).
const LATIN_SPELLING: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
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

/** The Latin spelling of one character, capitalised as it is (`Ө` → `O`, `х` → `kh`); undefined for anything but Mongolian Cyrillic. */
export function latinSpelling(character: string): string | undefined {
  const lower = character.toLowerCase();
  const latin = LATIN_SPELLING[lower];
  if (latin === undefined || lower === character) return latin;
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}
