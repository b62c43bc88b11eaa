// Тайлангийн үгс: үе шатуудын зөрүүний шинжилгээ, `gea diff`, илрэлийн тайлан, байгууллагын
// үнэлгээний хуудас, цахим гарын үсгийн зураглал, `gap` ба `diff` командын үгс. Загварын нэр,
// танигч нь байгаагаараа ирнэ; тайлан үүсгэгч тэдгээрийг иш татаж, escape хийнэ.
// Glossary additions: gap зөрүү · kept хэвээр · new шинэ · eliminated хасагдсан · changed
// өөрчлөгдсөн · scorecard үнэлгээний хуудас · revision хувилбар · working tree ажлын хуулбар.
import type { WordTable } from '../words.js';

export const reports: WordTable['reports'] = {
  common: {
    name: 'Нэр',
    id: 'Танигч',
    kind: 'Төрөл',
    element: 'Элемент',
    agency: 'Байгууллага',
    rule: 'Дүрэм',
    severity: 'Ноцтой байдал',
    message: 'Мэдэгдэл',
    where: 'Байршил',
    plateaus: 'Үе шатууд',
    waiver: 'Чөлөөлөлт',
    reason: 'Шалтгаан',
    until: 'Хүртэл',
    count: 'Тоо',
    total: 'Нийт',
    none: 'байхгүй',
    present: 'тийм',
    absent: 'үгүй',
    noAgency: 'Байгууллагад хамааралгүй',
    more: ({ count }) => `… болон бусад ${count}`,
    severities: { error: 'алдаа', warning: 'анхааруулга', info: 'мэдээлэл' },
    severitiesPlural: { error: 'Алдаа', warning: 'Анхааруулга', info: 'Мэдээлэл' },
    waived: 'Чөлөөлөгдсөн',
    kinds: {
      law: 'Хууль',
      plateau: 'Үе шат',
      agency: 'Байгууллага',
      platform: 'Платформ',
      trust: 'Итгэмжлэлийн үйлчилгээ',
      data: 'Өгөгдлийн сан',
      system: 'Систем',
      interface: 'Интерфейс',
      view: 'Харагдац',
      waiver: 'Чөлөөлөлт',
    },
  },

  gap: {
    title: ({ from, to }) => `Зөрүүний шинжилгээ: ${from} → ${to}`,
    intro: ({ from, to }) =>
      `${from}-с ${to} хүртэл архитектурт юу өөрчлөгдөх вэ: давхарга бүрт хэвээр, шинэ, хасагдсан, өөрчлөгдсөн элементүүд, хаах ёстой боломжит зөрүүнүүд, шилжилтээр шийдэгдэх, үлдэх, шинээр гарах илрэлүүд.`,
    summary: 'Хураангуй',
    layers: {
      agencies: 'Байгууллагууд',
      data: 'Өгөгдөл',
      applications: 'Хэрэглээ (систем ба интерфейс)',
      technology: 'Технологи (платформ ба итгэмжлэлийн үйлчилгээ)',
    },
    layer: 'Давхарга',
    categories: { kept: 'Хэвээр', new: 'Шинэ', eliminated: 'Хасагдсан', changed: 'Өөрчлөгдсөн' },
    status: 'Төлөв',
    matrix: 'Зөрүүний матриц',
    changes: 'Өөрчлөлтүүд',
    property: 'Шинж чанар',
    before: 'Өмнө',
    after: 'Дараа',
    added: 'нэмэгдсэн',
    removed: 'хасагдсан',
    unstated: '(заагаагүй)',
    noChanges: 'Өөрчлөлт алга.',
    potentialGaps: 'Боломжит зөрүүнүүд',
    noPotentialGaps: 'Боломжит зөрүү алга.',
    gapKinds: {
      'no-master': 'Эх сурвалжгүй болох өгөгдлийн сангууд',
      'broken-exchange': 'Орлох интерфейсгүйгээр хасагдсан интерфейсийн хэрэглэгчид',
      'dangling-dependency': 'Хасагдсан элементэд хамаарал',
      'waiver-ends': 'Дуусах чөлөөлөлтүүд',
    },
    findings: 'Илрэлүүд',
    findingKinds: { resolved: 'Шийдэгдсэн', remaining: 'Үлдсэн', new: 'Шинэ' },
    noFindings: 'Алга.',
    noMaster: ({ data, masters, from, to }) =>
      `\`${data}\` өгөгдлийн сан \`${from}\` үе шатанд ${masters} эх сурвалжтай боловч \`${to}\` үе шатанд эх сурвалжгүй; \`${to}\` үе шатанд эх сурвалж болох системд \`masters ${data}\` заалт нэмнэ үү`,
    brokenExchange: ({ system, api, fields, from, to }) =>
      `\`${system}\` систем \`${from}\` үе шатанд \`${api}\` интерфейсийг хэрэглэдэг, тэр нь \`${to}\` үе шатанд хасагдах бөгөөд \`${to}\` үе шатанд ижил талбаруудыг (${fields}) дамжуулах интерфейс алга; \`${to}\` үе шатанд эдгээр талбарыг дамжуулах интерфейс гаргаж \`${system}\` системээр хэрэглүүлнэ үү`,
    danglingDependency: ({ element, statement, target, to }) =>
      `\`${element}\` нь \`${to}\` үе шатанд \`${target}\` элементийг (\`${statement}\`) заасаар байгаа боловч \`${target}\` тэр үед хасагдсан; \`${target}\` элементийг орлох элементийг заах, эсвэл \`until ${to}\` заалтаар дуусгана уу`,
    waiverEndsHolding: ({ waiver, rule, element, to, holding }) =>
      `\`${waiver}\` чөлөөлөлт (\`${element}\` дээрх \`${rule}\`) \`${to}\` үе шатанд дуусах боловч түүний хамарсан ${holding} илрэл тэнд хэвээр байна; \`${to}\` үе шатаас өмнө засах, эсвэл чөлөөлөлтийг сунгана уу`,
    waiverEndsCoveringNone: ({ waiver, rule, element, to }) =>
      `\`${waiver}\` чөлөөлөлт (\`${element}\` дээрх \`${rule}\`) \`${to}\` үе шатанд дуусна; ямар ч илрэлийг хамардаггүй тул тэнд засах зүйл үлдэхгүй`,
    waiverEndsResolved: ({ waiver, rule, element, to, covered }) =>
      `\`${waiver}\` чөлөөлөлт (\`${element}\` дээрх \`${rule}\`) \`${to}\` үе шатанд дуусна; түүний хамарсан ${covered} илрэл загварт заасны дагуу шилжилт хийгдвэл тэнд байхгүй болно`,
  },

  findings: {
    title: 'Илрэлүүд',
    summary: ({ error, warning, info, waived, files }) =>
      `${files} файлд ${error} алдаа, ${warning} анхааруулга, ${info} мэдээлэл, ${waived} чөлөөлөгдсөн илрэл.`,
    noFindings: 'Илрэл алга.',
  },

  scorecard: {
    title: 'Байгууллагын үнэлгээний хуудас',
    intro: ({ rules }) =>
      `Байгууллага бүрийн элементүүд (бүх үе шатанд), тэдгээр дээрх илрэлүүд ноцтой байдлаар, чөлөөлөлтүүд, мөрдөгдөж буй ${rules} дүрмээс түүний элементүүд дээр алдаа, анхааруулга өгөөгүй дүрмийн хувь. Хамгийн муу нь эхэндээ.`,
    rulesPassed: 'Давсан дүрэм',
    waivers: 'Чөлөөлөлтүүд',
    failingRules: 'Давж чадаагүй дүрмүүд',
    details: 'Дэлгэрэнгүй',
    unassigned: ({ error, warning, info }) =>
      `Байгууллагад хамааралгүй илрэлүүд: ${error} алдаа, ${warning} анхааруулга, ${info} мэдээлэл.`,
  },

  signatures: {
    title: 'Цахим гарын үсгийн зураглал',
    intro: ({ date }) =>
      `Цахим гарын үсэг, цахим тамга, баталгаажуулалтын хамаарах итгэмжлэлийн үйлчилгээ ба гэрчилгээнүүд, гэрчилгээ бүрийн хүчинтэй эсэх ${date} үнэлгээний огноогоор; дараа нь систем бүр юуг гарын үсгээр баталгаажуулдаг вэ.`,
    summary: ({ trusts, certificates, signatures, expired, expiring }) =>
      `${trusts} итгэмжлэлийн үйлчилгээ, ${certificates} гэрчилгээ, ${signatures} цахим гарын үсэг; ${expired} хугацаа дууссан, ${expiring} нь 90 хоногийн дотор дуусна.`,
    trustServices: 'Итгэмжлэлийн үйлчилгээнүүд',
    systems: 'Системүүд',
    certificate: 'Гэрчилгээ',
    validFrom: 'Хүчинтэй эхлэх',
    validUntil: 'Хүчинтэй дуусах',
    daysLeft: 'Үлдсэн хоног',
    status: 'Төлөв',
    statuses: {
      valid: 'хүчинтэй',
      expiring: '90 хоногийн дотор дуусна',
      expired: 'хугацаа дууссан',
      'not-yet-valid': 'хүчин төгөлдөр болоогүй',
      unknown: 'огноо заагаагүй',
    },
    dependents: 'Түүнд хамаарах',
    signer: 'Гарын үсэг зурагч',
    signing: 'Цахим гарын үсэг',
    signingKinds: {
      signs: 'гарын үсэг зурна',
      seals: 'цахим тамга дарна',
      verifies: 'баталгаажуулна',
      message: 'мессежид гарын үсэг зурна',
    },
    document: 'Баримт',
    level: 'Түвшин',
    format: 'Формат',
    with: 'Үйлчилгээ',
    timestamp: 'Цагийн тэмдэг',
    through: 'Дамжуулан',
    direct: 'шууд',
    issuer: 'Олгогч',
    accredited: 'магадлан итгэмжлэгдсэн',
    noSignatures: 'Түүнд хамаарах цахим гарын үсэг алга.',
    noCertificates: 'Гэрчилгээ заагаагүй.',
  },

  diff: {
    title: ({ base }) => `${base} хувилбартай харьцуулсан архитектурын өөрчлөлт`,
    mergeBaseWith: ({ branch }) => `${branch} салбартай нийтлэг суурь`,
    summary: ({ added, removed, changed }) => `${added} элемент нэмэгдсэн, ${removed} хасагдсан, ${changed} өөрчлөгдсөн`,
    findingsSummary: ({ fresh, errors, resolved }) => `${fresh} шинэ илрэл (${errors} алдаа), ${resolved} шийдэгдсэн`,
    viewsSummary: ({ changed, added, removed }) => `харагдац: ${changed} өөрчлөгдсөн, ${added} нэмэгдсэн, ${removed} хасагдсан`,
    noChange: 'Архитектурт өөрчлөлт алга.',
    added: 'Нэмэгдсэн',
    removed: 'Хасагдсан',
    changed: 'Өөрчлөгдсөн',
    elements: ({ count }) => `Элементүүд (${count})`,
    newFindings: ({ count }) => `Шинэ илрэлүүд (${count})`,
    nowErrorsSummary: ({ count }) => `${count} илрэл алдаа болсон`,
    nowErrors: ({ count }) => `Алдаа болсон илрэлүүд (${count})`,
    resolvedFindings: ({ count }) => `Шийдэгдсэн илрэлүүд (${count})`,
    views: ({ count }) => `Агуулга нь өөрчлөгдсөн харагдацууд (${count})`,
    newErrors: ({ count }) => `Энэ өөрчлөлт ${count} алдаа нэмнэ.`,
    noModelAtBase: 'Суурь хувилбарт загвар байгаагүй: бүгд шинэ.',
    plateauBorrowed: ({ plateau, date, side }) =>
      side === 'base'
        ? `\`${plateau}\` үе шат суурь хувилбарт зарлагдаагүй: суурийг түүний огноо ${date}-д харьцуулав.`
        : `\`${plateau}\` үе шат ажлын хуулбарт зарлагдаагүй: ажлын хуулбарыг суурь хувилбар дахь огноо ${date}-д харьцуулав.`,
    moreInJson: ({ more }) => `${more}. Бүтэн жагсаалт: \`gea diff --format json\`.`,
  },

  commands: {
    gap: 'хоёр үе шатны зөрүүний шинжилгээ: хэвээр, шинэ, хасагдсан, өөрчлөгдсөн, боломжит зөрүү, илрэлүүд',
    fromArgument: 'өмнөх үе шат',
    toArgument: 'дараах үе шат',
    diff: 'өөрчлөлт архитектурт юу хийхийг: git хувилбар дээрх загварыг ажлын хуулбартай харьцуулна',
    baseArgument: 'харьцуулах git хувилбар: салбар, шошго эсвэл коммит (анхдагч: үндсэн салбартай нийлэх цэг)',
    failOnOption: 'өөрчлөлт алдаа нэмбэл 1 кодоор гарна (`new-errors`)',
    linkBaseOption: 'эх мөрийн холбоосын угтвар (жишээ нь https://host/group/repo/-/blob/SHA/); анхдагчаар харьцангуй зам',
    diffPlateauOption: 'зөвхөн энэ үе шат дээрх загварыг харьцуулна (анхдагч: бүх үе шат)',
    samePlateau: ({ plateau }) => `зөрүү нь хоёр үе шатны хооронд; \`${plateau}\` үе шатыг хоёр удаа өгсөн байна`,
    failOnTakes: ({ value }) => `--fail-on нь \`new-errors\` утга авна, \`${value}\` биш`,
    notInRepository: ({ path }) => `${path} нь git репозиторид биш; \`gea diff\` ажлын хуулбарыг git хувилбартай харьцуулдаг`,
    unknownRevision: ({ revision }) =>
      `\`${revision}\` git хувилбар алга; салбар, шошго эсвэл коммит өгнө үү (гүехэн хуулбарт эхлээд татаж авна уу)`,
    noDefaultBranch:
      'үндсэн салбарыг тодорхойлж чадсангүй (origin/HEAD, main, master алга); харьцуулах хувилбарыг өгнө үү: `gea diff main`',
    gitFailed: ({ command, detail }) => `\`git ${command}\` амжилтгүй: ${detail}`,
  },
};
