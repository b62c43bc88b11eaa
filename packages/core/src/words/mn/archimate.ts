// Mongolian words of the ArchiMate exchange: the same shape as the English one. A number is
// followed by the noun in its plain form ("4 элемент").
import type { ElementKind } from '../../model/types.js';
import type { WordTable } from '../words.js';

const KIND_PLURALS: Readonly<Record<ElementKind, string>> = {
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

export const archimate: WordTable['archimate'] = {
  commands: {
    export: 'загварыг Open Group ArchiMate солилцооны форматаар гаргах (Archi болон бусад хэрэгсэлд)',
    import: 'ArchiMate солилцооны файлыг (Archi-ийн бичдэг хэлбэрээр) оруулах',
    exportArchimate: 'загварыг ArchiMate 3.1 солилцооны файл болгон бичих: элемент, холбоос, хавтас, үе шат, харагдац тус бүрд нэг диаграм',
    exportOutput: 'стандарт гаралтын оронд энэ файлд бичих',
    importArchimate:
      'ArchiMate солилцооны файлаас .gea файлууд (байгууллагын хавтас тус бүрд нэг) бичиж, буулгаж чадаагүй зүйлсийн тайланг гаргах',
    importFile: 'солилцооны файл (.xml)',
    importOutput: 'бичих хавтас (анхдагч: одоогийн хавтас)',
  },
  export: {
    wrote: ({ file, elements, relationships, views }) =>
      `${file} файлд бичлээ: ${elements} элемент, ${relationships} холбоос, ${views} харагдац`,
  },
  import: {
    wrote: ({ files, folder }) => `${folder} хавтаст ${files} файл бичлээ`,
    summary: ({ elements, relationships, notes, report }) =>
      `${elements} элемент, ${relationships} холбоос оруулав; ${notes === 0 ? 'бүгдийг буулгав' : `буулгаагүй зүйлсийн талаар ${notes} тэмдэглэл`} (${report})`,
    moreNotes: ({ count }) => `… бас ${count} тэмдэглэл тайланд бий`,
    alreadyExist: ({ paths }) =>
      `${paths.join(', ')} аль хэдийн байна; gea import зөвхөн байхгүй файлуудыг бичнэ (-o-оор өөр хавтас сонгоно уу)`,
    notXml: ({ file, detail }) => `${file} файл зөв бүтэцтэй XML биш: ${detail}`,
    emptyFile: ({ file }) =>
      `${file} файл хоосон байна: Archi эсвэл өөр хэрэгслийн бичсэн солилцооны файлыг өгнө үү (\`File → Export → Model to Open Exchange File…\`)`,
    notExchange: ({ file, root, namespace }) =>
      `${file} нь ArchiMate солилцооны файл биш: үндсэн элемент нь ${namespace ? `${namespace} нэрийн орон зай дахь` : 'нэрийн орон зайгүй'} ${root}, http://www.opengroup.org/xsd/archimate/3.0/ нэрийн орон зай дахь <model> биш`,
    nothingToImport: ({ file }) =>
      `${file} файлд элемент ч, харагдац ч алга: оруулах зүйлгүй тул юу ч бичсэнгүй (хоосон ажлын талбар эхлүүлэхэд \`gea init\` ажиллуулна уу)`,
    isFolder: ({ file }) => `${file} нь хавтас; оруулах солилцооны файлыг (.xml) өгнө үү`,
  },
  report: {
    title: 'ArchiMate импорт',
    source: ({ file }) => `Эх файл: \`${file}\`.`,
    imported: 'Оруулсан',
    kindCount: ({ kind, count }) => `${KIND_PLURALS[kind]}: ${count} ширхэг`,
    statements: ({ count }) => `заалт болгон бичсэн холбоос: ${count}`,
    notMapped: 'Буулгаагүй зүйлс, тэдгээрийг хаана хадгалсан',
    nothing: 'Файлын бүх зүйлийг буулгав.',
    files: 'Файлууд',
  },
  notes: {
    elementUnmapped: ({ type, name, file }) =>
      `${type} “${name}” элементэд gea-д тохирох зүйл байхгүй; \`${file}\` файлд тайлбар мөр болгон хадгалав`,
    elementUntyped: ({ name, at, file }) =>
      `${at} дахь “${name}” элементэд төрөл (xsi:type) алга; \`${file}\` файлд тайлбар мөр болгон хадгалав`,
    duplicateId: ({ type, name, id, at, first, file }) =>
      `${at} дахь ${type || 'элемент'} “${name}” нь өмнөх “${first}”-ийн ${id} танигчийг давтсан; зөвхөн эхнийхийг оруулж, үүнийг \`${file}\` файлд тайлбар мөр болгон хадгалав`,
    relationshipUnmapped: ({ type, source, target, file }) =>
      `“${source}”-ээс “${target}” хүрэх ${type} холбоос gea-ийн заалт биш; \`${file}\` файлд тайлбар мөр болгон хадгалав`,
    propertyAsMeta: ({ element, key, meta }) =>
      `“${element}” элементийн “${key}” шинж чанарыг gea тэнд уншдаггүй; \`meta { ${meta} … }\` болгон хадгалав`,
    propertyUnreadable: ({ element, key, value, meta }) =>
      `“${element}” элементийн “${key}” шинж чанарыг уншиж чадсангүй (“${value}”); \`meta { ${meta} … }\` болгон хадгалав`,
    viewNotImported: ({ name, nodes, file }) =>
      `“${name}” харагдацыг (${nodes} зангилаа) оруулаагүй, учир нь gea харагдацаа загвараас зурдаг; \`${file}\` файлд жагсаав`,
    plateauDate: ({ plateau, date }) =>
      `“${plateau}” үе шатад огноо алга; үе шатуудын дарааллыг хадгалахын тулд ${date} гэж бичив — жинхэнэ огноог нь оруулна уу`,
    ownerFromFolder: ({ element, property, agency }) =>
      `“${element}” элементэд ${property} холбоос алга; хавтас нь “${agency}” байгууллага тул \`${property}\` болгон бичив`,
    ownerUnknown: ({ element, property }) =>
      `“${element}” элементэд ${property} холбоос алга, аль ч байгууллагын хавтсанд байхгүй тул түүнгүйгээр бичив — \`${property} AGENCY\` нэмнэ үү (\`gea check\` үүнийг owner-required гэж мэдээлнэ)`,
    serviceMerged: ({ service, api }) => `“${service}” хэрэглээний үйлчилгээг “${api}” интерфейсээр үзүүлдэг тул түүнтэй нэгтгэв`,
    serviceAsInterface: ({ service }) => `“${service}” хэрэглээний үйлчилгээнд интерфейс алга тул интерфейс болгон оруулав`,
    gapComputed: ({ name }) => `“${name}” зөрүүг оруулаагүй: хоёр үе шатын зөрүүг gea өөрөө тооцдог (\`gea gap\`)`,
    nameTaken: ({ element, name, as }) =>
      `“${element}” элементийн нэр \`${name}\` өөр элементэд аль хэдийн оногдсон тул \`${as}\` гэж бичив`,
    lifecycleNotConsecutive: ({ element }) => `“${element}” дараалаагүй үе шатуудад байна; эхнийхээс сүүлийнх хүртэл оршино гэж бичив`,
    statementDetail: ({ element, statement, key, file }) =>
      `“${element}” элементийн \`${statement}\` заалтын ${key} gea-д байх газаргүй; \`${file}\` файлд тайлбар мөр болгон хадгалав`,
    extraName: ({ element, lang, text, file }) =>
      `“${element}” элемент ${lang || 'үндсэн'} хэлээр хоёр дахь нэртэй (“${text}”); \`${file}\` файлд тайлбар мөр болгон хадгалав`,
    extraDescription: ({ element, lang, file }) =>
      `“${element}” элемент ${lang || 'үндсэн'} хэлээр хоёр дахь тайлбартай; \`${file}\` файлд тайлбар мөр болгон хадгалав`,
    secondStatement: ({ property, element, kept }) =>
      `“${element}” элементэд нэгээс олон ${property} байна; \`${property}\` нь “${kept}”, бусдыг тайлбар мөр болгон хадгалав`,
  },
};
