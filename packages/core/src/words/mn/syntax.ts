// Mongolian words of the syntax section: the same shape as the English one. Code written in a
// message takes no case ending; a following word (`гэсэн`, `нэртэй`, a noun) carries it.
import type { WordTable } from '../words.js';

type SyntaxWords = WordTable['syntax'];

const TYPES: SyntaxWords['types'] = {
  Law: { bare: 'хууль', one: 'хууль' },
  Plateau: { bare: 'үе шат', one: 'үе шат' },
  Agency: { bare: 'байгууллага', one: 'байгууллага' },
  Platform: { bare: 'платформ', one: 'платформ' },
  Trust: { bare: 'итгэмжлэлийн үйлчилгээ', one: 'итгэмжлэлийн үйлчилгээ' },
  Data: { bare: 'өгөгдлийн сан', one: 'өгөгдлийн сан' },
  System: { bare: 'систем', one: 'систем' },
  Interface: { bare: 'интерфейс', one: 'интерфейс' },
  View: { bare: 'харагдац', one: 'харагдац' },
  Waiver: { bare: 'чөлөөлөлт', one: 'чөлөөлөлт' },
  Declaration: { bare: 'элемент', one: 'элемент' },
  Field: { bare: 'талбар', one: 'талбар' },
  Certificate: { bare: 'гэрчилгээ', one: 'гэрчилгээ' },
  Operation: { bare: 'үйлдэл', one: 'үйлдэл' },
  Event: { bare: 'үйл явдал', one: 'үйл явдал' },
};

const TERMINALS: SyntaxWords['terminals'] = {
  STRING: 'хашилтад бичсэн текст',
  DATE: 'YYYY-MM-DD хэлбэрийн огноо',
  DURATION: 'хугацаа (бүхэл тоо, ард нь ms, s, m, h, d, w, y нэгжийн аль нэг)',
  PERCENT: 'хувь',
  RATE: 'давтамж (s, m, h эсвэл d тутамд ногдох тоо)',
  INT: 'бүхэл тоо',
  ID: 'нэр',
};

const FEATURES: SyntaxWords['features'] = {
  name: 'нэр',
  locale: 'хэлний код',
  tags: 'шошго',
  rule: 'дүрмийн id',
  key: 'түлхүүр',
  type: 'төрөл',
  value: 'утга',
  values: 'утга',
};

const VALUE_SETS: SyntaxWords['valueSets'] = {
  agencyKind: 'байгууллагын төрөл',
  platformKind: 'платформын төрөл',
  trustKind: 'итгэмжлэлийн үйлчилгээний төрөл',
  dataKind: 'өгөгдлийн сангийн төрөл',
  viewKind: 'харагдацын төрөл',
  dependencyKind: 'хамаарлын төрөл',
  classification: 'нууцлалын ангилал',
  privacy: 'хувийн мэдээллийн ангилал',
  documentFormat: 'баримтын формат',
  signatureFormat: 'гарын үсгийн формат',
  signatureLevel: 'гарын үсгийн түвшин',
  criticality: 'ач холбогдлын түвшин',
  style: 'интерфейсийн хэлбэр',
  consent: 'зөвшөөрөл авах арга',
  auth: 'нэвтрэлт танилтын арга',
  method: 'HTTP арга',
  cadence: 'шинэчлэх давтамж',
  openFormat: 'нээлттэй өгөгдлийн формат',
  groupBy: 'бүлэглэлт',
};

export const syntax: SyntaxWords = {
  types: TYPES,
  terminals: TERMINALS,
  features: FEATURES,
  valueSets: VALUE_SETS,
  endOfFile: 'файлын төгсгөл',
  alternatives: ({ items }) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} эсвэл ${items[items.length - 1]}`),
  oneOf: ({ items }) => `${items} утгын аль нэг`,
  didYouMean: ({ names }) => (names.length === 0 ? '' : `; ${names.map((name) => `\`${name}\``).join(' эсвэл ')} гэж бичих гэсэн үү?`),

  // Задлагч.
  unknownProperty: ({ word, block, keywords, suggestion }) =>
    suggestion
      ? `${word} гэсэн шинж чанар ${block} дотор байхгүй${suggestion} Бичиж болох шинж чанарууд: ${keywords}`
      : `${word} гэсэн шинж чанар ${block} дотор байхгүй; бичиж болох шинж чанарууд: ${keywords}`,
  unexpectedInBlock: ({ found, block, keywords, form }) =>
    keywords
      ? `${found} энд, ${block} дотор байж болохгүй; бичиж болох шинж чанарууд: ${keywords}`
      : form
        ? `${found} энд, ${block} дотор байж болохгүй; мөр бүрийг ${form} хэлбэрээр бичнэ`
        : `${found} энд, ${block} дотор байж болохгүй`,
  unclosedBlock: ({ head, line, closer, before }) =>
    `${line}-р мөрийн ${head} хаагдаагүй байна: ${before === undefined ? 'файлын төгсгөлд' : `${before} гэсний өмнө`} ${closer} нэмнэ үү`,
  unknownKeyword: ({ word, suggestion, declarations }) =>
    suggestion
      ? `${word} гэсэн түлхүүр үг байхгүй${suggestion}`
      : `${word} гэсэн түлхүүр үг байхгүй; тодорхойлолт ${declarations} түлхүүр үгээр эхэлнэ`,
  notFirstInFile: ({ keyword }) => `${keyword} файлын эхэнд, бүх тодорхойлолтоос өмнө бичигдэнэ`,
  missingSeparator: ({ before, after, separator, fixed }) => `${before}, ${after} хоёрын хооронд ${separator} алга: ${fixed} гэж бичнэ үү`,
  propertyOutsideBlock: ({ word }) => `${word} бол шинж чанар: үүнийг тодорхойлолтын \`{ … }\` дотор бичнэ үү`,
  cannotStartDeclaration: ({ found, declarations }) =>
    `тодорхойлолт ${found} гэснээр эхэлж болохгүй; тодорхойлолт ${declarations} түлхүүр үгээр эхэлнэ`,
  strayCloser: ({ closer }) => `энэ ${closer} юуг ч хаахгүй байна: устгана уу`,
  ruleIdEndsWithDash: ({ written, suggestion }) =>
    `${written} дүрмийн id \`-\` тэмдэгтээр төгссөн байна${suggestion || '; дүрмүүдийг `gea rules` жагсаана'}`,
  wordEndsWithDash: ({ written }) => `${written} нь \`-\` тэмдэгтээр төгссөн байна: \`-\` нь хоёр үгийг хооронд нь зай авалгүй холбоно`,
  hyphenInName: ({ written, name }) => `${written}: нэрэнд \`-\` тэмдэгт орж болохгүй; ${name} гэж бичнэ үү`,
  missingString: ({ prefix, example }) => `${prefix} гэсний дараа хашилтад бичсэн текст байна: ${example} гэж бичнэ үү`,
  missingLiteral: ({ prefix, noun, found, example }) =>
    `${prefix} гэсний дараа ${noun} бичнэ${found === undefined ? '' : ` (${found} биш)`}, жишээ нь ${example}`,
  missingKeyword: ({ prefix, choices, found }) =>
    `${prefix} гэсний дараа утга дутуу${found === undefined ? '' : ` (${found} биш)`}: ${choices} утгын аль нэгийг бичнэ үү`,
  missingChoice: ({ prefix, noun, found }) => `${prefix} гэсний дараа ${noun} бичнэ${found === undefined ? '' : ` (${found} биш)`}`,
  missingName: ({ prefix, noun, found, example }) =>
    `${prefix} гэсний дараа ${noun} дутуу${found === undefined ? '' : ` (${found} биш)`}: ${example} гэж бичнэ үү`,
  blockExpected: ({ keyword, example }) => `${keyword} блок нээдэг: ${example} гэж бичнэ үү`,
  unexpectedToken: ({ expected, found }) =>
    expected === undefined
      ? `энд ${found ?? 'файлын төгсгөл'} байх ёсгүй`
      : `энд ${expected} байх ёстой, гэтэл ${found === undefined ? 'файл дууссан байна' : `${found} байна`}`,
  readNoFurther: '; дараалсан алдаа хэт олон тул файлыг энэ алдаанаас цааш уншаагүй: эхлээд үүнийг засна уу',

  // Тэмдэгт задлагч.
  notText: 'энэ нь текст файл биш (NUL байт агуулсан); gea нь .gea файлыг UTF-8 текстээр уншина',
  notUtf8: ({ byteOffset, looksLike }) =>
    `энэ файл UTF-8 текст биш (${byteOffset}-р байт UTF-8 тэмдэгтээр эхлэхгүй байна)` +
    `${looksLike === undefined ? '' : `; ${looksLike} кодчилолтой бололтой`}: файлаа UTF-8 кодчилолоор хадгална уу`,
  unclosedString: 'энэ текст хаагдаагүй байна: мөрийн төгсгөлөөс өмнө `"` нэмнэ үү',
  unclosedComment: 'энэ тайлбар хаагдаагүй байна: `*/` нэмнэ үү',
  unknownEscape: ({ escape }) =>
    `\`${escape}\` нь текстийн тусгай тэмдэгт биш: текстэд \`\\"\`, \`\\\\\`, \`\\n\`, \`\\t\`, \`\\u{…}\` (\`\\u{10FFFF}\` хүртэл) бичнэ; урвуу налуу зураасыг \`\\\\\` гэж бичнэ үү`,
  notCharacter: ({ escape, surrogate }) =>
    surrogate
      ? `\`${escape}\` нь Юникод тэмдэгт биш: D800–DFFF нь UTF-16 хосын хагасууд бөгөөд дангаараа юуг ч илэрхийлэхгүй; тэмдэгтийн өөрийн кодыг бичнэ үү, жишээ нь \`\\u{1F600}\``
      : `\`${escape}\` нь текстэд орох тэмдэгт биш: NUL тэмдэгт gea-гийн гаргасан файлыг уншдаг олон хэрэгсэлд текстийг тасалдаг; үүнийг устгана уу`,
  unexpectedCharacter: ({ character, hint }) => `энд ${character} тэмдэгт байх ёсгүй${hint}`,
  unexpectedCharacters: ({ characters, hint }) => `энд ${characters} тэмдэгтүүд байх ёсгүй${hint}`,
  characterHints: {
    valueAfterSpace: '; утгыг түлхүүр үгийн ард зай авч бичнэ, жишээ нь `owner gasr`',
    noSeparator: '; шинж чанаруудын хооронд тусгаарлах тэмдэгт хэрэггүй',
  },

  // Нэг файлын шалгалт.
  givenTwice: ({ keyword }) => `${keyword} энд хоёр удаа бичигдсэн; нэгийг нь үлдээнэ үү`,
  unknownValue: ({ value, what, closest, allowed }) =>
    `${value} гэсэн ${what} байхгүй; ${closest === undefined ? 'боломжит утгууд' : `${closest} гэж бичих гэсэн үү? Боломжит утгууд`}: ${allowed}`,
  notCalendarDate: ({ date }) => `${date} бодит огноо биш; YYYY-MM-DD хэлбэрээр бичнэ үү`,
  unknownRule: ({ rule, suggestion }) => `${rule} гэсэн дүрэм байхгүй${suggestion || '; дүрмүүдийг `gea rules` жагсаана'}`,
  plateauNeedsDate: ({ plateau }) =>
    `\`${plateau}\` үе шатад \`date\` шаардлагатай, жишээ нь \`{ date 2028-01-01 }\`; огноотой болох хүртэл нь тэнд ямар ч дүрэм шалгагдахгүй бөгөөд түүнийг нэрлэсэн \`from\`, \`until\` заалт юуг ч хязгаарлахгүй`,
  comparesItself: ({ plateau }) =>
    `зөрүүний харагдац хоёр үе шатыг харьцуулна, \`${plateau}\`-г өөртэй нь биш; нөгөөг нь заана уу (\`compare ${plateau} target\`)`,
  viewNeedsKind: ({ view, kinds }) => `\`${view}\` харагдацад юу зурахыг заах \`kind\` дутуу байна; \`kind ${kinds}\` нэмнэ үү`,
  viewNeedsSubject: ({ view, kind, expected }) => `\`${view}\` бол \`${kind}\` төрлийн харагдац: \`of\` заалтаар ${expected} заана уу`,
  percentOver: ({ value }) => `\`${value}\` нь 100%-иас их байна: ашиглагдах хувь нь хугацааны хэсэг, жишээ нь \`99.5%\``,
  latencyInYears: ({ value }) =>
    `\`${value}\` гэсэн хариу өгөх хугацааг жилээр бичсэн байна, жил тогтмол урттай биш: ms, s, m, h, d эсвэл w-ээр бичнэ үү, жишээ нь \`800ms\``,
  latencyTooLong: ({ value, limit }) =>
    `\`${value}\` нь gea-ийн яг хадгалж чадах хэмжээнээс урт байна (${limit} ms, ойролцоогоор 285 000 жил): хариу өгөх хугацаа нь нэг хариу өгөхөд зарцуулах хугацаа, жишээ нь \`800ms\``,
  depthTooLarge: ({ value, limit }) =>
    `\`depth ${value}\` нь ${limit}-ээс их байна, энэ бол gea-ийн яг хадгалж чадах хамгийн их бүхэл тоо: гүн нь сэдвээс гадагш хэдэн алхам зурахыг заана, жишээ нь \`depth 2\``,
  certificateIncomplete: ({ subject, missing }) =>
    `"${subject}" гэрчилгээнд ${missing} дутуу байна: гэрчилгээ хүчинтэй хугацаагаа заана, жишээ нь \`{ valid-from 2024-01-01 valid-until 2029-01-01 }\``,
  certificateReversed: ({ subject, validFrom, validUntil }) =>
    `"${subject}" гэрчилгээ ${validFrom} өдрөөс хүчинтэй болох боловч түүнээс өмнө, ${validUntil} өдөр дуусна; хоёр огноог сольж эсвэл аль нэгийг нь засна уу`,
  waiverIncomplete: ({ waiver, missing }) =>
    `\`${waiver}\` чөлөөлөлтөд ${missing} дутуу байна: чөлөөлөлт нь дүрэм, чөлөөлөх элемент болон шалтгааныг заана`,
  waiverReasonBlank: ({ waiver }) =>
    `\`${waiver}\` чөлөөлөлтийн \`reason\` хоосон байна; үл хамаарах тохиолдлыг яагаад зөвшөөрснийг бичнэ үү, жишээ нь \`reason "хуучин холболт, зорилтот төлөвт солигдоно"\``,
  fieldTwice: ({ field, data }) =>
    `\`${data}\` өгөгдлийн санд \`${field}\` талбар хоёр удаа тодорхойлогдсон; нэгийнх нь нэрийг өөрчлөх эсвэл устгана уу`,
  memberTwice: ({ name, owner }) =>
    `\`${owner}\` интерфейст \`${name}\` хоёр удаа тодорхойлогдсон; нэгийнх нь нэрийг өөрчлөх эсвэл устгана уу`,
  spacesAroundDash: ({ value }) => `\`-\` тэмдэгтийн хоёр талд зай авалгүй \`${value}\` гэж бичнэ үү`,
  notLocaleCode: ({ locale, language }) =>
    `${locale} нь хэлний код биш: хэлний код нь хоёр эсвэл гурван жижиг латин үсэг${language === undefined ? ', жишээ нь `en`' : `; ${language} гэж бичнэ үү`}`,
  flagTakesNoValue: ({ flag }) => `тэмдэглэгээ утга авдаггүй: ${flag} гэж бичнэ үү, эсвэл “үгүй” гэх бол огт бичихгүй орхино уу`,
  plateauLifecycle: ({ plateau, keyword }) =>
    `үе шат бол огноотой төлөв, бий болж алга болдог зүйл биш: \`${plateau}\` үе шатад ${keyword} заалт утгагүй; үүнийг хасна уу`,
  keyOptional: ({ field }) =>
    `${field} талбар \`key\` бөгөөд \`optional\` байна, гэтэл бичлэг, мессеж түлхүүр талбараа үргэлж агуулна (тодорхойлолтууд үүнийг шаарддаг); \`optional\`, эсвэл \`key\`-г хасна уу`,
  placeholderTwice: ({ path, placeholder }) =>
    `${path} замд ${placeholder} орлуулагч хоёр удаа байна, замын параметр нэг л байрлалтай; тус бүрд өөр нэр өгнө үү`,
  percentTooPrecise: ({ value, read }) =>
    `\`${value}\` нь gea-ийн яг хадгалж чадахаас олон оронтой (\`${read}%\` гэж уншигдана); аравтын орныг цөөлж бичнэ үү, жишээ нь \`99.999%\``,
  lifecycleInBlock: ({ statement, parts }) =>
    `${statement} заалт \`from\`, \`until\`-аа өөрийн \`{ … }\` блок дотор авна: ${parts}-г тэнд бичнэ үү`,
  lifecycleInParentheses: ({ statement, parts }) =>
    `${statement} заалт \`from\`, \`until\`-аа өөрийнхөө ард хаалтанд авна: ${parts} гэж бичнэ үү`,

  // Холбогч.
  unknownField: ({ field }) => `\`${field}\` гэсэн талбар байхгүй`,
  noSuchField: ({ data, field, suggestion }) => `\`${data}\` өгөгдлийн санд \`${field}\` талбар байхгүй${suggestion}`,
  wrongKind: ({ name, actual, expected }) => `\`${name}\` бол ${actual}, ${expected} биш; энд ${expected} заана уу`,
  unknownFieldType: ({ name, types, suggestion }) =>
    `\`${name}\` нь талбарын төрөл (${types}) ч биш, энд тодорхойлсон өгөгдлийн сан ч биш${suggestion}`,
  notDeclared: ({ expected, name, suggestion }) =>
    `\`${name}\` нэртэй ${expected} тодорхойлогдоогүй байна${suggestion || '; үүнийг тодорхойлох эсвэл нэр, нэрсийн орон зайг шалгана уу'}`,

  // Ажлын талбар: нэг бүтэн нэр хоёр удаа, нэг огноонд хоёр үе шат.
  atLine: ({ line }) => `${line}-р мөр`,
  duplicateName: ({ id, where, more }) =>
    `\`${id}\` нэг бус удаа тодорхойлогдсон (нөгөө нь: ${where}${more > 0 ? `, бас өөр ${more} газар` : ''}); аль нэгийнх нь нэрийг өөрчилнө үү — лавлагаа эхнийхийг заана`,
  nameRestated: ({ element, locale }) =>
    `\`${element}\`-г үндсэн хэл \`${locale}\` дээр гарчиг нь ч, \`name ${locale}\` ч нэрлэж байна; нэгийг нь үлдээнэ үү`,
  descriptionRestated: ({ element, locale }) =>
    `\`${element}\`-г үндсэн хэл \`${locale}\` дээр \`description "…"\` ч, \`description ${locale} "…"\` ч тайлбарлаж байна; нэгийг нь үлдээнэ үү`,
  plateauOrder: ({ plateau, date, earlier, where }) =>
    `\`${plateau}\` үе шат \`${earlier}\` үе шаттай ижил ${date} огноотой (${where}); үе шатуудыг огноогоор нь эрэмбэлдэг тул тус бүрд өөр огноо өгнө үү`,
};
