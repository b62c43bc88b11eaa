// Mongolian words of diagrams and of `gea build` / `gea diagram`: the same shape as the English
// ones, with one spelling per term (интерфейс, өгөгдлийн сан, итгэмжлэлийн үйлчилгээ, харагдац).
import type { MermaidExcess, ReadabilityMeasure } from '../en/diagrams.js';
import type { WordTable } from '../words.js';

const READABILITY_MEASURES: Readonly<Record<ReadabilityMeasure, string>> = {
  aspect: 'хэлбэрийн харьцаа',
  edgesThroughNodes: 'зангилаа дайрсан холбоос',
  crossingsPerEdge: 'холбоос тутамд огтлолцол',
  bendsPerEdge: 'холбоос тутамд нугалаа',
  smallestTextAtA3: 'A3 хуудсан дээрх хамгийн жижиг бичиг',
};

const MERMAID_MEASURES: Readonly<Record<MermaidExcess['measure'], string>> = { edges: 'холбоос', characters: 'тэмдэгт' };

/** "1118 холбоос (хамгийн ихдээ 500), 63211 тэмдэгт (хамгийн ихдээ 50000)" */
function mermaidExcesses(excesses: readonly MermaidExcess[]): string {
  return excesses.map(({ measure, value, limit }) => `${value} ${MERMAID_MEASURES[measure]} (хамгийн ихдээ ${limit})`).join(', ');
}

export const diagrams: WordTable['diagrams'] = {
  legend: {
    title: 'Тайлбар',
    elements: 'Элемент',
    classification: 'Нууцлалын ангилал',
    status: 'Төлөв',
    relations: 'Холбоос',
    findings: 'Илрэл',
    findingError: 'чөлөөлөгдөөгүй алдаа',
    findingWarning: 'чөлөөлөгдөөгүй анхааруулга',
    findingWaived: 'чөлөөлөгдсөн илрэл',
    count: '×N: нэг шугамаар зурсан N холбоос',
    labels: 'Холбоосын шошго',
    findingRules: ({ rules }) => `дүрэм: ${rules}`,
  },
  findingBadges: { error: 'АЛДАА', warning: 'АНХААРУУЛГА', waived: 'ЧӨЛӨӨЛӨГДСӨН' },
  kinds: {
    agency: 'байгууллага',
    system: 'систем',
    data: 'өгөгдлийн сан',
    document: 'баримт бичиг',
    interface: 'интерфейс',
    platform: 'платформ',
    trust: 'итгэмжлэлийн үйлчилгээ',
  },
  groupKinds: { agency: 'байгууллага (бүлэг)', platform: 'платформ (бүлэг)' },
  classifications: {
    public: 'нээлттэй',
    internal: 'дотоод',
    restricted: 'хязгаарлагдмал',
    secret: 'нууц',
  },
  classificationBadges: {
    public: 'НЭЭЛТТЭЙ',
    internal: undefined,
    restricted: 'ХЯЗГААРЛАГДМАЛ',
    secret: 'НУУЦ',
  },
  statuses: {
    active: 'идэвхтэй',
    planned: 'төлөвлөсөн (энд шинээр)',
    retiring: 'ашиглалтаас гарах',
    new: 'шинэ',
    eliminated: 'хасагдсан',
    changed: 'өөрчлөгдсөн',
    kept: 'хэвээр',
  },
  statusBadges: {
    active: undefined,
    planned: 'шинэ',
    retiring: 'гарах',
    new: 'шинэ',
    eliminated: 'хасагдсан',
    changed: 'өөрчлөгдсөн',
    kept: undefined,
  },
  relations: {
    consumes: 'хэрэглэдэг',
    provides: 'нийлүүлдэг',
    masters: 'эх сурвалж нь',
    stores: 'хуулбар хадгалдаг',
    carries: 'дамжуулдаг',
    'depends-on': 'шууд хамаардаг',
    uses: 'ашигладаг',
    signs: 'гарын үсэг зурдаг',
    seals: 'тамга дардаг',
    verifies: 'шалгадаг',
    with: 'үйлчилгээгээр',
    timestamp: 'цагийн тэмдэг',
    issuer: 'гэрчилгээ олгогч',
    aggregate: 'нэгтгэсэн урсгал',
  },
  badges: {
    'base registry': 'суурь бүртгэл',
    personal: 'хувь хүний мэдээлэл',
    'legally binding': 'хууль зүйн хүчинтэй',
    'open data': 'нээлттэй өгөгдөл',
    deprecated: 'хуучирсан',
    accredited: 'магадлан итгэмжлэгдсэн',
  },
  criticality: { low: 'бага', medium: 'дунд', high: 'өндөр', critical: 'онц чухал' },
  criticalityDetail: ({ level }) => `ач холбогдлын зэрэг: ${level}`,
  dataKinds: { registry: 'бүртгэл', dataset: 'өгөгдлийн багц', document: 'баримт бичиг' },
  platformKinds: {
    exchange: 'мэдээлэл солилцоо',
    identity: 'цахим танилт',
    portal: 'портал',
    cloud: 'үүлэн үйлчилгээ',
    payment: 'төлбөр',
    notification: 'мэдэгдэл',
    document: 'баримт бичиг',
    other: 'бусад',
  },
  trustKinds: {
    ca: 'гэрчилгээ олгогч',
    tsa: 'цагийн тэмдэг олгогч',
    ocsp: 'гэрчилгээний төлөв шалгагч',
    'remote-signing': 'зайнаас гарын үсэг зурах',
    validation: 'гарын үсэг шалгагч',
  },
  dependencyKinds: {
    'direct-db': 'өгөгдлийн санд шууд хандалт',
    file: 'файл дамжуулалт',
    'p2p-api': 'хоёр талын шууд API',
    other: 'бусад холболт',
  },
  aggregateDetail: ({ count }) => `${count} элемент`,
  aggregateTooltip: ({ count, relations, from, to }) => `${from} » ${to}: ${count} холбоос (${relations})`,
  emptyView: 'Энэ харагдацад үзүүлэх элемент алга.',
  mermaidNote: ({ view, excesses }) =>
    `Mermaid үүнийг зурахгүй: ${mermaidExcesses(excesses)} байна; GitHub, GitLab болон ихэнх вики Mermaid-ийн хязгаарыг өсгөж чадахгүй. Харагдацыг нарийсгана уу, эсвэл илүү нарийн харагдац тодорхойлно уу (\`include\`, \`exclude\`, \`of\`, \`depth\`), эсвэл SVG-г нь ашиглана уу: \`gea diagram ${view} -o ${view}.svg\``,
  titles: {
    landscape: 'Ландшафт',
    context: 'Харилцаа',
    dataflow: 'Өгөгдлийн урсгал',
    integration: 'Интеграц',
    signatures: 'Цахим гарын үсэг',
    gap: 'Зөрүү',
  },
  aggregated: 'байгууллагаар нэгтгэсэн',
  gapWithItself: 'нэг үе шатыг өөртэй нь харьцуулав: бүгд хэвээр',
  build: {
    section: ({ folder, files }) => `${folder}: ${files} файл`,
    diagramsDetail: ({ views, laidOut, cached }) => ` (${views} харагдац: ${laidOut} шинээр байрлуулсан, ${cached} кэшээс)`,
    findings: ({ error, warning, info, waived }) =>
      `илрэл: ${error} алдаа, ${warning} анхааруулга, ${info} мэдээлэл, ${waived} чөлөөлөгдсөн — \`gea check\` тэдгээрийг жагсаана`,
    moreErrors: ({ count }) => `бас ${count} алдаа бий; \`gea check\` ажиллуулна уу`,
    layingOut: ({ view, done, total }) => `${view}-г байрлуулж байна (${total} харагдацаас ${done} бэлэн)`,
    writing: ({ sections }) => {
      const progress = ({ total, done }: { total: number; done: number }) => `(${total} файлаас ${done} бэлэн)`;
      const [only] = sections;
      return sections.length === 1 && only
        ? `${only.folder}-г бичиж байна ${progress(only)}`
        : `бичиж байна: ${sections.map((section) => `${section.folder} ${progress(section)}`).join(', ')}`;
    },
    caseCollisions: ({ pairs, more }) =>
      `анхааруулга: ${pairs.map(([earlier, later]) => `${earlier}, ${later}`).join('; ')}${more > 0 ? ` (бас ${more})` : ''} файлууд зөвхөн том жижиг үсгээрээ ялгаатай: Windows, macOS дээр нэг нь нөгөөгөө дарж бичнэ; аль нэг элементийн нэрийг өөрчилнө үү`,
    windowsReserved: ({ paths, more }) =>
      `анхааруулга: Windows дээр ${paths.join(', ')}${more > 0 ? ` (бас ${more})` : ''}-ийг үүсгэх боломжгүй: Windows эдгээр нэрийг төхөөрөмжид зориулан нөөцөлдөг (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, ямар ч өргөтгөлтэй); тэдгээр элемент, харагдацын нэрийг өөрчилнө үү`,
    foreignFiles: ({ paths, more }) =>
      `анхааруулга: гаралтын хавтсан дахь ${paths.join(', ')}${more > 0 ? ` (бас ${more})` : ''} файлыг gea бичээгүй; gea тэдгээрийг байранд нь үлдээж, дахин анхааруулахгүй. Өөрийн файлуудаа гаралтын хавтаснаас гадна хадгална уу: gea хожим ижил нэртэй файл үүсгэж магадгүй`,
    textUnfolded: ({ view, nodes }) =>
      `тэмдэглэл: ${view} харагдацыг байрлалыг нь тооцоолохгүйгээр, тооцоолсон хэвээр нь бичлээ; gea build түүний ${nodes} хайрцгийг байгууллагуудаар нь нугалж зурж магадгүй (үүнийг байрлал нь шийднэ), .svg, .mmd, .puml-д адилхан; \`gea diagram ${view} -f svg\` үүнийг build-ийн адил зурна`,
    mermaidTooLarge: ({ view, excesses }) =>
      `анхааруулга: Mermaid ${view} харагдацыг зурахгүй: текстэд нь ${mermaidExcesses(excesses)} байна; GitHub, GitLab болон ихэнх вики Mermaid-ийн хязгаарыг өсгөж чадахгүй; харагдацыг нарийсгана уу, эсвэл илүү нарийн харагдац тодорхойлно уу (\`include\`, \`exclude\`, \`of\`, \`depth\`), эсвэл SVG-г нь хуваалцана уу`,
    layoutWarning: ({ warning }) => `анхааруулга: ${warning}`,
    drawnFolded: ({ view, problems }) =>
      `анхааруулга: ${view} харагдац зурсан хэлбэрээрээ уншихад хэт нягт (${problems}); системүүдийг байгууллагаар нэгтгэж зурав`,
    /** The names of the readability measures (what readabilityExcess says). */
    readabilityMeasures: READABILITY_MEASURES,
    readabilityExcess: ({ measure, value, limit }) =>
      measure === 'smallestTextAtA3'
        ? `${READABILITY_MEASURES[measure]} ${value} пт < ${limit} пт`
        : `${READABILITY_MEASURES[measure]} ${value} > ${limit}`,
    siteDetail: ({ pages, index }) => ` (${pages} хуудас; ${index}-г нээнэ үү)`,
    took: ({ seconds }) => `${seconds} секундэд бүтээв`,
    watching: 'эх файл болон gea.yaml-ийн өөрчлөлтийг хянаж байна; Ctrl+C зогсооно',
    rebuilding: ({ files }) => `өөрчлөгдсөн: ${files}; дахин бүтээж байна`,
    failed: ({ message }) => `бүтээх явц амжилтгүй: ${message}; өмнөх гаралт хэвээр үлдэв`,
    layoutFailed: ({ view, kind, detail }) =>
      `\`${view}\` харагдацыг байрлуулж чадсангүй: ${
        {
          silent: `ажлын урсгал ${detail} секундэд хариу өгөөгүй тул зогсоолоо`,
          crashed: `ажлын урсгал алдаа гаргалаа (${detail})`,
          exited: `ажлын урсгал зогслоо (гаралтын код ${detail})`,
          failed: `байрлуулалт амжилтгүй боллоо (${detail})`,
          damaged: `хадгалсан байрлалын ${detail} файл бүтээлтийн явцад өөрчлөгдсөн тул устгалаа`,
        }[kind]
      }; юу ч бичээгүй. Дахин оролдоно уу; дахин бүтэлгүйтвэл энэ харагдацыг дурдаж мэдэгдэнэ үү.`,
    onlyTakes: ({ sections, given }) => `--only нь таслалаар тусгаарласан ${sections} жагсаалт авна; \`${given}\` биш`,
    noView: ({ view, views }) => `\`${view}\` харагдац алга (${views})`,
    noViewClose: ({ view, close, views }) => `\`${view}\` харагдац алга; ${close} гэж үү? (${views})`,
    viewsListed: ({ views }) => `харагдацууд: ${views}`,
    viewsCounted: ({ count }) => `${count} харагдац; \`gea views\` жагсаана`,
    or: ' эсвэл ',
    pngToTerminal: 'PNG-г терминалд гаргах боломжгүй; `-o FILE.png`-ээр файлд бичнэ үү',
    noBinaryOutput: 'энд хоёртын өгөгдөл бичих боломжгүй; `-o FILE.png` ашиглана уу',
    outFolderNotOurs: ({ folder }) => `${folder} хоосон биш бөгөөд gea үүсгээгүй; --out-д өөр хавтас сонгох, эсвэл үүнийг хоослоно уу`,
  },
  overview: {
    systems: ({ count }) => `${count} систем`,
    systemsChange: ({ before, after }) => `${before} → ${after} систем`,
    interfaces: ({ count }) => `${count} интерфейс`,
    exchanges: ({ count, from, to }) => `${from} » ${to}: ${count} мэдээлэл солилцоо:`,
    more: ({ count }) => `… бас ${count}`,
    folded: 'бусад байгууллага',
    foldedConsumers: 'хэрэглэгчид',
    timestampsFor: ({ count }) => `${count} байгууллагын цагийн тэмдэг`,
    timestampsForSigners: ({ count }) => `${count} гарын үсэг зурагчийн цагийн тэмдэг`,
  },
  viewList: {
    command: 'харагдацуудыг жагсаана (нэгийг нь `gea diagram VIEW` зурна): танигч, төрөл, хэмжээ, гарчиг',
    headings: { id: 'харагдац', kind: 'төрөл', nodes: 'зангилаа', edges: 'холбоос', title: 'гарчиг' },
    footer: ({ count }) => `${count} харагдац; нэгийг нь \`gea diagram VIEW\` зурна`,
    foldedNote: ({ nodes }) =>
      `* загварт тоолсон: ${nodes}-аас олон зангилаатай харагдац зурсан хэлбэрээрээ уншихад хэт нягт бол системүүдийг байгууллагаар нэгтгэж зурна (зурсан хэмжээг \`gea diagram VIEW -f json\` өгнө)`,
  },
};
