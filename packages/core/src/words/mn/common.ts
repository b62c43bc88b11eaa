// Mongolian words shared by every part of the table: element kinds and their case forms, how an
// element is named in a sentence (the id comes first: "`иргэн` өгөгдлийн сан"), lists, and how a
// message points at another place in the sources.
//
// Glossary: one spelling per term, in every Mongolian text of gea.
//   agency байгууллага · system систем · data asset өгөгдлийн сан · interface интерфейс ·
//   platform платформ · exchange platform мэдээлэл солилцооны платформ · trust service
//   итгэмжлэлийн үйлчилгээ · law хууль · plateau үе шат · view харагдац · waiver чөлөөлөлт ·
//   rule дүрэм · finding илрэл · master / authoritative source эх сурвалж · consume хэрэглэх ·
//   provider нийлүүлэгч · legal basis эрх зүйн үндэслэл · purpose зорилго · agreement гэрээ ·
//   consent зөвшөөрөл · classification нууцлалын ангилал · public нээлттэй · internal дотоод ·
//   restricted хязгаарлагдмал · secret нууц · personal data хувь хүний мэдээлэл · sensitive
//   эмзэг мэдээлэл · signature цахим гарын үсэг · seal цахим тамга · timestamp цагийн тэмдэг ·
//   certificate гэрчилгээ · base registry суурь бүртгэл · open data нээлттэй өгөгдөл · once-only
//   нэг удаа цуглуулах зарчим · error алдаа · warning анхааруулга
//   Added here: field талбар · owner эзэмшигч · operator ажиллуулагч · parent дээд байгууллага ·
//   lifecycle амьдралын мөчлөг · evaluation date үнэлгээний огноо · retention хадгалах хугацаа ·
//   level түвшин · format формат · interoperability agreement харилцан ажиллагааны гэрээ ·
//   operation үйлдэл · event үйл явдал · payload агуулга · time-stamping authority (tsa) цагийн
//   тэмдгийн үйлчилгээ · accredited магадлан итгэмжлэгдсэн · legally binding хууль зүйн хүчинтэй ·
//   default locale үндсэн хэл · statement заалт · declaration тодорхойлолт · property шинж чанар ·
//   reference лавлагаа · id танигч · namespace нэрийн орон зай · workspace ажлын талбар · model
//   загвар · element элемент · contract тохиролцоо · criticality ач холбогдлын зэрэг ·
//   availability бэлэн байдал · copy хуулбар · parser задлан шинжлэгч.
//   The spellings decided against are listed in test/words/tables.test.ts.
import type { ElementKind } from '../../model/types.js';
import type { WordTable } from '../words.js';

export const KINDS: Readonly<Record<ElementKind, string>> = {
  law: 'хууль',
  plateau: 'үе шат',
  agency: 'байгууллага',
  platform: 'платформ',
  trust: 'итгэмжлэлийн үйлчилгээ',
  data: 'өгөгдлийн сан',
  system: 'систем',
  interface: 'интерфейс',
  view: 'харагдац',
  waiver: 'чөлөөлөлт',
};

/** The grammatical cases a kind word takes after an id: "`иргэн` өгөгдлийн сангийн". */
export type Case = 'genitive' | 'accusative' | 'dative' | 'ablative' | 'instrumental';

/** Each kind word in each case; the suffix goes on the kind word, never on the backticked id. */
export const KIND_CASES: Readonly<Record<ElementKind, Readonly<Record<Case, string>>>> = {
  law: { genitive: 'хуулийн', accusative: 'хуулийг', dative: 'хуульд', ablative: 'хуулиас', instrumental: 'хуулиар' },
  plateau: { genitive: 'үе шатны', accusative: 'үе шатыг', dative: 'үе шатанд', ablative: 'үе шатнаас', instrumental: 'үе шатаар' },
  agency: {
    genitive: 'байгууллагын',
    accusative: 'байгууллагыг',
    dative: 'байгууллагад',
    ablative: 'байгууллагаас',
    instrumental: 'байгууллагаар',
  },
  platform: { genitive: 'платформын', accusative: 'платформыг', dative: 'платформд', ablative: 'платформоос', instrumental: 'платформоор' },
  trust: {
    genitive: 'итгэмжлэлийн үйлчилгээний',
    accusative: 'итгэмжлэлийн үйлчилгээг',
    dative: 'итгэмжлэлийн үйлчилгээнд',
    ablative: 'итгэмжлэлийн үйлчилгээнээс',
    instrumental: 'итгэмжлэлийн үйлчилгээгээр',
  },
  data: {
    genitive: 'өгөгдлийн сангийн',
    accusative: 'өгөгдлийн санг',
    dative: 'өгөгдлийн санд',
    ablative: 'өгөгдлийн сангаас',
    instrumental: 'өгөгдлийн сангаар',
  },
  system: { genitive: 'системийн', accusative: 'системийг', dative: 'системд', ablative: 'системээс', instrumental: 'системээр' },
  interface: {
    genitive: 'интерфейсийн',
    accusative: 'интерфейсийг',
    dative: 'интерфейст',
    ablative: 'интерфейсээс',
    instrumental: 'интерфейсээр',
  },
  view: { genitive: 'харагдацын', accusative: 'харагдацыг', dative: 'харагдацад', ablative: 'харагдацаас', instrumental: 'харагдацаар' },
  waiver: {
    genitive: 'чөлөөлөлтийн',
    accusative: 'чөлөөлөлтийг',
    dative: 'чөлөөлөлтөд',
    ablative: 'чөлөөлөлтөөс',
    instrumental: 'чөлөөлөлтөөр',
  },
};

/** "`mn.gasr.citizen` өгөгдлийн сан" */
export function label(kind: ElementKind, id: string): string {
  return `\`${id}\` ${KINDS[kind]}`;
}

/** "`mn.gasr.citizen` өгөгдлийн сангийн": the label with its kind word in a case. */
export function labelIn(kind: ElementKind, id: string, grammaticalCase: Case): string {
  return `\`${id}\` ${KIND_CASES[kind][grammaticalCase]}`;
}

/** "а", "а, б", "а, б, в"; with `most`, the first few and "болон бусад N". */
export function list(items: readonly string[], most = Infinity): string {
  const shown = items.slice(0, most).join(', ');
  return items.length > most ? `${shown} болон бусад ${items.length - most}` : shown;
}

/** "`a`", "`a`, `b`", "`a`, `b`, `c`"; names are quoted as code. */
export function codeList(names: readonly string[], most = Infinity): string {
  return list(
    names.map((name) => `\`${name}\``),
    most,
  );
}

/** "17-р мөр" in the same document, "a/reg.gea:37" (workspace-relative path and line) in another. */
export function location(line: number, path?: string): string {
  return path === undefined ? `${line}-р мөр` : `${path}:${line}`;
}

/** Added to a finding no waiver covers any more: " (`w` чөлөөлөлт `target` үе шатанд дууссан)". */
export function waiverEnded({ waiver, until }: { waiver: string; until: string }): string {
  return ` (${label('waiver', waiver)} ${labelIn('plateau', until, 'dative')} дууссан)`;
}

export const common: WordTable['common'] = { kinds: KINDS, label, list, codeList, location, waiverEnded };
