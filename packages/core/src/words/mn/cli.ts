// Mongolian words of the cli section: the same shape as the English one. A number is followed by
// the noun in its plain form ("4 алдаа").
import type { WordTable } from '../words.js';

export const cli: WordTable['cli'] = {
  severity: { error: 'алдаа', warning: 'анхааруулга', info: 'мэдээлэл' },
  waived: 'чөлөөлөгдсөн',
  waiverNote: ({ waiver }) => `(чөлөөлөлт ${waiver})`,
  summary: ({ error, warning, info, waived, files, elements }) =>
    `${error} алдаа, ${warning} анхааруулга, ${info} мэдээлэл, ${waived} чөлөөлөгдсөн — ${files} файл (${elements} элемент)`,

  tooManyWarnings: ({ warnings, max }) => `${warnings} анхааруулга: --max-warnings ${max}-ийн зөвшөөрөхөөс олон`,
  rules: {
    headings: { id: 'дүрэм', severity: 'анхдагч', checks: 'юуг шалгадаг' },
    footer: '`gea explain ID` нь дүрэм яагаад байгааг жишээтэй тайлбарлана; gea.yaml файлын `rules:` хэсэгт дүрмийн түвшнийг өөрчилнө.',
    explainHeading: ({ id, severity }) => `${id} (анхдагч түвшин: ${severity})`,
    unknown: ({ id, suggestion }) => `\`${id}\` гэсэн дүрэм байхгүй${suggestion} (дүрмүүдийг \`gea rules\` жагсаана)`,
  },

  stats: {
    titles: { kinds: 'Төрөл бүрийн элементийн тоо', agencies: 'Байгууллага бүрээр', plateaus: 'Үе шат бүрт' },
    headings: {
      kind: 'төрөл',
      count: 'тоо',
      agency: 'байгууллага',
      systems: 'систем',
      data: 'өгөгдлийн сан',
      interfaces: 'интерфейс',
      operates: 'ажиллуулдаг',
      date: 'огноо',
    },
    kinds: {
      agency: 'байгууллага',
      system: 'систем',
      data: 'өгөгдлийн сан',
      interface: 'интерфейс',
      platform: 'платформ',
      trust: 'итгэмжлэлийн үйлчилгээ',
      law: 'хууль',
      plateau: 'үе шат',
      view: 'харагдац',
      waiver: 'чөлөөлөлт',
    },
    agenciesNote: 'эзэмшдэг систем, өгөгдлийн сан; системүүдийн нийлүүлдэг интерфейс; ажиллуулдаг платформ, итгэмжлэлийн үйлчилгээ',
  },

  usage: {
    unknownFormat: ({ format, formats }) => `\`${format}\` гэсэн формат байхгүй; дараахын аль нэгийг сонгоно уу: ${formats}`,
    maxWarnings: ({ value }) => `\`--max-warnings\` бүхэл тоо авна, \`${value}\` биш`,
    dateNotOnCalendar: ({ date }) => `\`--date ${date}\` бодит огноо биш; байгаа өдрийг YYYY-MM-DD хэлбэрээр өгнө үү`,
    dateForm: ({ date }) => `\`--date\` нь YYYY-MM-DD хэлбэрийн огноо авна, \`${date}\` биш`,
    localeNotInWorkspace: ({ locale, locales, spoken }) =>
      `\`--locale ${locale}\` нь ажлын талбарын хэлүүдийн (${locales}) нэг ч биш, gea-гийн ярьдаг хэлүүдийн (${spoken}) нэг ч биш; тэдгээрийн нэгийг сонгох эсвэл gea.yaml файлын \`locales\` жагсаалтад ${locale} нэмнэ үү`,
    outputIsInput: ({ path }) =>
      `\`-o ${path}\` нь ажлын талбарын уншдаг файл (эх файл эсвэл тохиргоо); gea тэдгээрийг хэзээ ч дарж бичдэггүй: -o-д тусдаа файл өгнө үү`,
    outputNamedAsInput: ({ path }) =>
      `\`-o ${path}\` нь загварын эх файл (.gea) эсвэл тохиргоо (gea.yaml) шиг нэртэй, gea тэдгээрийг хэзээ ч дарж бичдэггүй: -o-д өөр нэртэй файл өгнө үү`,
    formatNotForFile: ({ format, file, fileFormat }) =>
      `\`--format ${format}\` нь \`-o ${file}\`-д тохирохгүй, түүний өргөтгөл ${fileFormat} гэж заана; --format-ыг орхих (форматыг өргөтгөл сонгоно) эсвэл файлыг ${format}-д тохирох нэрээр нэрлэнэ үү`,
    removedEarlierResults: ({ path }) =>
      `${path} файлыг устгалаа: үүнийг өмнөх ажиллуулалт үлдээсэн тул энэ ажиллуулалтын гаралт гэж андуурахгүйн тулд`,
    localeNotSpoken: ({ locale, spoken }) => `\`--locale ${locale}\`: gea энэ хэлээр ярьдаггүй; дараахын аль нэгийг сонгоно уу: ${spoken}`,
    helpHint: '(хэрэглээг `gea --help` харуулна)',
    internalError: ({ detail }) => `дотоод алдаа: ${detail}\nЭнэ бол gea програмын алдаа; үүнийг үүсгэсэн оролтын хамт мэдэгдэнэ үү.`,
  },

  parsing: {
    unknownCommand: ({ name, similar }) =>
      `алдаа: \`${name}\` гэсэн команд байхгүй${similar === undefined ? '' : `\n(${similar} гэж бичих гэсэн үү?)`}`,
    unknownOption: ({ option, similar }) =>
      `алдаа: \`${option}\` гэсэн сонголт байхгүй${similar === undefined ? '' : `\n(${similar} гэж бичих гэсэн үү?)`}`,
    missingArgument: ({ name }) => `алдаа: заавал өгөх \`${name}\` аргумент дутуу байна`,
    missingOptionValue: ({ option }) => `алдаа: \`${option}\` сонголтын утга дутуу байна`,
    tooManyArguments: ({ command, expected, received }) =>
      `алдаа: аргумент хэт олон байна${command === undefined ? '' : ` (\`${command}\`)`}: ${expected} аргумент авдаг, ${received} өгсөн.`,
    invalidChoice: ({ option, value, choices }) =>
      `алдаа: \`${option}\` сонголтод \`${value}\` утга тохирохгүй. Боломжит утгууд: ${choices}.`,
  },

  help: {
    titles: {
      usage: 'Хэрэглээ:',
      arguments: 'Аргументууд:',
      options: 'Сонголтууд:',
      commands: 'Командууд:',
      globalOptions: 'Ерөнхий сонголтууд:',
    },
    defaultValue: ({ value }) => `анхдагч: ${value}`,
    choices: ({ values }) => `боломжит утгууд: ${values}`,
    helpOption: 'командын тусламжийг харуулах',
    helpCommand: 'командын тусламжийг харуулах',
    versionOption: 'хувилбарын дугаарыг харуулах',
  },

  commands: {
    program: 'gea — төрийн байгууллагын архитектурыг код хэлбэрээр',
    workspaceArgument: 'хавтас, gea.yaml эсвэл .gea файлууд',
    localeOption: 'мессежийн хэл: mn эсвэл en (анхдагч: GEA_LOCALE, эс бөгөөс gea.yaml файлын `locale`, эс бөгөөс mn)',
    wordLocaleOption: 'бичвэрийн хэл: mn эсвэл en (анхдагч: GEA_LOCALE, эс бөгөөс mn)',
    init: 'хавтаст жижиг, алдаагүй эхлэлийн ажлын талбар (gea.yaml ба загвар) бичих',
    initDirectory: 'бичих хавтас (байхгүй бол үүсгэнэ)',
    check: 'файлуудыг задлан шинжилж, лавлагааг холбож, интеграцийн дүрмүүдийг шалгах; алдаа гарвал 1 кодоор дуусна',
    formatOption: 'гаралтын формат',
    checkFormatOption: 'гаралтын формат (анхдагч: -o файлын өргөтгөл: .sarif бол sarif, .json бол json; үгүй бол text)',
    diagramFormatOption: 'гаралтын формат (анхдагч: -o файлын өргөтгөл, үгүй бол svg)',
    gapFormatOption: 'гаралтын формат (анхдагч: -o файлын өргөтгөл, үгүй бол md)',
    plateauOption: 'зөвхөн энэ үе шатад шалгах',
    maxWarningsOption: 'анхааруулга үүнээс олон бол 1 кодоор дуусах',
    outputOption: 'илрэлүүдийг стандарт гаралтад биш, файлд бичих',
    dateOption: 'гэрчилгээ шалгах огноо (анхдагч: gea.yaml файлын evaluation-date, эс бөгөөс өнөөдөр)',
    rules: 'бүх дүрмийг анхдагч түвшин, юуг шалгадгийн хамт жагсаах',
    explain: 'дүрмийг тайлбарлах: яагаад байдаг, буруу ба зөв жишээтэй',
    ruleArgument: 'дүрмийн id, жишээ нь single-master',
    build: ({ sections }) => `${sections}-г гаралтын хавтсанд бичнэ; загварт алдаа байвал 1 кодоор гарна`,
    outOption: 'гаралтын хавтас (анхдагч: gea.yaml файлын `out`, ажлын талбараас харьцангуй)',
    onlyOption: ({ sections }) => `зөвхөн эдгээрийг бүтээнэ, таслалаар тусгаарлана: ${sections}`,
    pngOption: 'диаграм бүрийг PNG хэлбэрээр мөн зурна',
    noCacheOption: 'өмнөх бүтээлт ба хадгалсан байрлалыг үл тоон бүгдийг дахин бүтээж бичнэ',
    labelLocaleOption:
      'шошго, мэдэгдлийн хэл (анхдагч: шошго gea.yaml файлын `locale`, эс бөгөөс mn; мэдэгдэл GEA_LOCALE, эс бөгөөс gea.yaml файлын `locale`, эс бөгөөс mn)',
    documentLocaleOption: 'шошго, мэдэгдлийн хэл (анхдагч: GEA_LOCALE, эс бөгөөс gea.yaml файлын `locale`, эс бөгөөс mn)',
    buildLocaleOption:
      'out/-ын хэл (анхдагч: gea.yaml файлын `locale`, эс бөгөөс mn; GEA_LOCALE хэзээ ч биш, тул нэг загварын бүтээлт бүр ижил) ба мессежийн хэл (анхдагч: GEA_LOCALE, эс бөгөөс out/-ынх)',
    buildDateOption: 'гэрчилгээ шалгах үнэлгээний огноо',
    watchOption: 'эх файл эсвэл gea.yaml өөрчлөгдөх бүрт дахин бүтээнэ (зөвхөн өөрчлөгдсөн харагдацыг дахин байрлуулна)',
    diagram: 'нэг харагдацыг зурна (бүгдийг нь `gea build` бичнэ)',
    viewArgument:
      'харагдацын танигч (`gea views` жагсаана): тодорхойлсон харагдац, эсвэл landscape-PLATEAU, landscape-PLATEAU-AGENCY, context-AGENCY, dataflow-DATA, signatures, gap-A-B',
    diagramOutputOption: 'стандарт гаралтын оронд файлд бичнэ',
    reportOutputOption: 'тайланг стандарт гаралтад биш, файлд бичих',
    stats: 'элементүүдийг төрөл, байгууллага, үе шат бүрээр тоолох',
    statsDateOption:
      'үнэлгээний огноо: загварт үе шат тодорхойлоогүй үед `now` үе шатны огноо (анхдагч: gea.yaml файлын evaluation-date, эс бөгөөс өнөөдөр)',
  },

  progress: {
    read: ({ files }) => `${files} файл уншлаа`,
    parsed: ({ files }) => `${files} файлыг задлан шинжилж, холболоо`,
  },

  init: {
    wrote: ({ files }) => `бичсэн файлууд: ${files.join(', ')}`,
    next: 'дараагийн алхам:',
    alreadyExist: ({ paths }) =>
      `${paths.join(', ')} аль хэдийн байна; gea init зөвхөн эдгээр файлгүй хавтаст бичнэ (өөр хавтас сонгох эсвэл тэдгээрийг зөөнө үү)`,
    holdsSources: ({ folder, files }) =>
      `${folder} хавтаст .gea файл аль хэдийн байна (${files}), эхлэлийн загвар тэдэнтэй давхцана; gea init шинэ ажлын талбарыг .gea файлгүй хавтаст үүсгэнэ: өөр хавтас сонгох эсвэл эдгээр файлыг ажлын талбар болгохын тулд хажууд нь gea.yaml бичнэ үү`,
    insideWorkspace: ({ folder, config }) =>
      `${folder} нь ${config} ажлын талбарын дотор байна, тэр ажлын талбар эхлэлийн загварыг өөрийнх гэж уншина (нэр бүр давхардана); тэр ажлын талбараас гадуурх хавтас сонгоно уу`,
    andMore: ({ count }) => `болон өөр ${count}`,
  },

  workspace: {
    noSuchPath: ({ path }) => `ийм файл эсвэл хавтас байхгүй: ${path}`,
    mixedTargets: 'нэг ажлын талбарын хавтас, нэг gea.yaml эсвэл .gea файлууд өгнө үү — олон хавтас эсвэл тэдгээрийн холимог биш',
    notSource: ({ path }) => `.gea файл биш: ${path}; хавтас, gea.yaml эсвэл .gea файлууд өгнө үү`,
    differentWorkspaces: ({ configs }) =>
      `файлууд өөр өөр ажлын талбарт хамаарна (gea.yaml: ${configs}); нэг удаад нэг ажлын талбар шалгана уу`,
    noConfig: 'байхгүй',
    noSourcesBelow: ({ folder, root }) => `${folder} хавтаст .gea файл алга (ажлын талбар нь ${root})`,
    noSources: ({ root, sources }) =>
      `${root} хавтаст .gea файл алга (sources: ${sources}); нэг файл бичих эсвэл \`gea init\` ажиллуулна уу`,
    cannotRead: ({ path, reason }) => `${path} файлыг уншиж чадсангүй: ${reason}`,
    cannotReadFolder: ({ path, reason }) =>
      `${path} хавтсыг уншиж чадсангүй: ${reason}; gea-д унших эрх өгөх, эсвэл хавтсыг ажлын талбараас (gea.yaml-ын \`sources\`-оос) гаргана уу`,
    cannotWrite: ({ path, reason }) => `${path} руу бичиж чадсангүй: ${reason}; өмнөх гаралт хэвээр үлдлээ`,
    cannotWriteEarlierRemoved: ({ path, reason }) =>
      `${path} руу бичиж чадсангүй: ${reason}; өмнөх ажиллуулалтын тэнд үлдээсэн файлыг энэ ажиллуулалтын гаралт гэж андуурахгүйн тулд устгалаа`,
    notRestored: ({ path, reason, folders }) =>
      `${path} руу бичиж чадсангүй: ${reason}, өмнөх гаралтыг бүгдийг нь буцааж байрлуулж чадсангүй: ${folders}; дараагийн gea build шинэ гаралтыг байранд нь тавьж дуусгана`,
    holdsNew: ({ folder }) => `${folder} хавтаст шинэ файлууд байна`,
    holdsPrevious: ({ folder }) => `${folder} хавтаст өмнөх файлууд байна`,
    readReasons: {
      ENOENT: 'ийм файл эсвэл хавтас байхгүй',
      EISDIR: 'энэ нь файл биш, хавтас',
    },
    writeReasons: {
      ENOSPC: 'дискний зай дүүрсэн',
      EROFS: 'файлын систем зөвхөн уншихаар холбогдсон',
      EACCES: 'хандах эрхгүй',
      EPERM: 'энэ үйлдлийг зөвшөөрөхгүй',
      ENOENT: 'замын хавтас байхгүй болсон',
      ENOTDIR: 'замын нэг хэсэг нь хавтас биш, файл',
      EISDIR: 'замд хавтас саад болж байна',
      EEXIST: 'замд файл саад болж байна',
    },
    noPlateau: ({ plateau, suggestion, plateaus }) => `\`${plateau}\` гэсэн үе шат байхгүй${suggestion} (үе шатууд: ${plateaus})`,
    noDeclaredPlateaus: ({ plateau }) =>
      `\`${plateau}\` гэсэн үе шат байхгүй: загварт үе шат зарлаагүй байна, зөрүүг хоёр үе шатын хооронд гаргана (\`plateau current "…" { date 2026-01-01 }\`)`,
  },

  config: {
    invalidYaml: ({ detail }) => `YAML бичлэг буруу: ${detail}`,
    yamlProblems: {
      DUPLICATE_KEY: 'энэ түлхүүр нэг хэсэгт хоёр дахь удаагаа бичигджээ: нэгийг нь үлдээнэ үү',
      MULTIPLE_DOCS: 'gea.yaml нэг YAML баримт агуулна: `---`-г устгаж, дараах тохиргоог дээрх тохиргоотой нэгтгэнэ үү',
      TAB_AS_INDENT: 'энэ мөрийг таб тэмдэгтээр доголжээ: хоосон зайгаар догол мөр гаргана уу',
      BAD_INDENT: 'догол мөр буруу: нэг жагсаалт, нэг хэсгийн мөрүүдийг ижил доголж, `[`-г `]`-ээр, `{`-г `}`-ээр хаана уу',
      MISSING_CHAR: 'энд ямар нэг зүйл хаагдаагүй байна: `"`, `\'`, `]`, `}`, эсвэл түлхүүрийн дараах `:`',
      BLOCK_AS_IMPLICIT_KEY: 'хэсэг түлхүүрийнхээ мөрөнд эхэлж болохгүй: түүний мөрүүдийг доор нь доголж бичнэ үү',
      MULTILINE_IMPLICIT_KEY: 'түлхүүр нэг мөрөнд багтаж, ард нь `:` байна',
      BAD_SCALAR_START: 'хашилтгүй утга энэ тэмдэгтээр эхэлж болохгүй: утгыг хашилтад бичнэ үү',
      BAD_DQ_ESCAPE:
        'энэ нь `"…"` текст дотор YAML уншдаг escape биш: урвуу ташуу зураасыг `\\\\` гэж бичих, эсвэл утгыг `\'`-аар хашина уу',
      TAG_RESOLVE_FAILED: 'gea.yaml `!` тэмдэглэгээ авахгүй: түүнийг устгана уу',
      KEY_OVER_1024_CHARS: 'түлхүүр YAML зөвшөөрөхөөс урт байна: богиносгоно уу',
    },
    yamlProblem: 'YAML үүнийг уншиж чадсангүй: эргэн тойрных нь догол мөр, хашилт, хаалтыг шалгана уу',
    unknownAlias: ({ alias }) =>
      `\`*${alias}\` ямар ч зангууг (anchor) заахгүй байна: өмнөх утган дээр \`&${alias}\` гэж бичих эсвэл утгыг өөрийг нь бичнэ үү`,
    notMapping: 'gea.yaml файлд тохиргоог түлхүүр, утгын хос хэлбэрээр бичнэ (`locale: mn`, `sources: [...]`, …)',
    name: '`name` нь текст байх ёстой',
    locale: '`locale` нь `mn`, `en` гэх мэт хэлний код байх ёстой',
    locales: '`locales` нь хэлний кодуудын жагсаалт байх ёстой, жишээ нь `[mn, en]`',
    localeCode: ({ key, locale, language }) =>
      `\`${key}\`: \`${locale}\` нь хэлний код биш: хэлний код нь \`name en "…"\`-д бичдэгтэй адил хоёр эсвэл гурван жижиг латин үсэг${language === undefined ? '' : `; \`${language}\` гэж бичнэ үү`}`,
    sources: '`sources` нь gea.yaml файлаас харьцангуй glob хээний жагсаалт байх ёстой, жишээ нь `["**/*.gea"]`',
    sourceOutside: ({ pattern }) =>
      `\`${pattern}\` эх файлын загвар ажлын талбараас гадагш заажээ; эх файлууд gea.yaml байгаа хавтас доторх glob загвар байна, жишээ нь \`agencies/**/*.gea\``,
    out: '`out` нь gea.yaml файлаас харьцангуй хавтасны нэр байх ёстой, жишээ нь `out`',
    outIsWorkspace: ({ out }) =>
      `\`out: ${out}\` нь gea.yaml байгаа хавтас өөрөө байна: бүтээлт бүх эх файлыг гаралт гэж алгасаж, тэдгээрийн дунд бичихээс татгалзана; доторх хавтсыг нэрлэнэ үү, жишээ нь \`out\``,
    rules: '`rules` нь дүрэм бүрийн id-д error, warning, info эсвэл off утга оноох ёстой',
    evaluationDate: '`evaluation-date` нь YYYY-MM-DD хэлбэрийн огноо байх ёстой',
    unknownSetting: ({ key, suggestion, known }) => `\`${key}\` гэсэн тохиргоо байхгүй${suggestion} (боломжит: ${known})`,
    unknownRule: ({ id, suggestion }) => `\`${id}\` гэсэн дүрэм байхгүй${suggestion} (дүрмүүдийг \`gea rules\` жагсаана)`,
    severity: ({ id, severities }) => `\`${id}\` дүрмийн түвшин ${severities} утгын аль нэг байх ёстой`,
    fixedSeverity: ({ id }) =>
      `\`${id}\` нь задлан шинжлэх эсвэл холбох алдаа тул үргэлж алдаа хэвээр: энэ алдаа байх үед загвар дутуу; энэ мөрийг хасаад загвараа засна уу`,
  },

  sarif: {
    workspaceRoot: 'gea ажлын талбарын хавтас (gea.yaml байгаа газар).',
    repositoryRoot: 'gea ажлын талбарыг агуулсан git репозиторийн үндсэн хавтас.',
  },
};
