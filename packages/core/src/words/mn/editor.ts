// Mongolian words of the editor: the same shape as the English table (glossary in common.ts).
import type { WordTable } from '../words.js';

export const editor: WordTable['editor'] = {
  hover: {
    names: 'Нэрс',
    owner: 'Эзэмшигч',
    operator: 'Ажиллуулагч',
    provider: 'Нийлүүлэгч',
    classification: 'Нууцлалын ангилал',
    privacy: 'Хувь хүний мэдээлэл',
    lifecycle: 'Амьдралын мөчлөг',
    lifecycleSpan: ({ from, until }) =>
      [from ? `\`${from}\` үе шатаас` : '', until ? `\`${until}\` үе шат хүртэл` : ''].filter(Boolean).join(' ') || 'бүх үе шатанд',
    description: 'Тайлбар',
    declaredIn: ({ path, line }) => `Тодорхойлсон газар: ${path}:${line}`,
    finding: ({ rule, severity }) => `\`${rule}\` илрэл (${severity})`,
    waivedBy: ({ waiver }) => `\`${waiver}\` чөлөөлөлтөөр чөлөөлөгдсөн`,
    holdsAt: ({ plateaus }) => `${plateaus} үе шатанд илэрнэ`,
    rule: 'Дүрэм',
    waivedElement: 'Хамаарах',
    reason: 'Шалтгаан',
    date: 'Огноо',
    criticality: 'Ач холбогдлын зэрэг',
    kind: 'Төрөл',
    ruleHeading: ({ rule, severity }) => `\`${rule}\` дүрэм (анхдагчаар ${severity})`,
  },
  actions: {
    addName: ({ locale }) => `\`name ${locale}\` нэмэх`,
    addToConsumption: ({ statements }) => `Энэ хэрэглээнд ${statements} нэмэх`,
    createWaiver: ({ rule, element }) => `\`${element}\` элементэд \`${rule}\` дүрмийн чөлөөлөлт үүсгэх`,
    replaceWith: ({ name }) => `\`${name}\` болгож солих`,
    removeWaiver: ({ waiver }) => `\`${waiver}\` чөлөөлөлтийг устгах`,
    waiverReason: 'Энэ онцгой тохиолдлыг яагаад зөвшөөрсөн, хэн шийдсэн, хэзээ хүртэл',
    purposePlaceholder: 'Энэ систем интерфейсийг ямар зорилгоор хэрэглэх',
    agreementPlaceholder: 'Гэрээний дугаар',
  },
  rename: {
    notAnIdentifier: ({ name }: { name: string }) =>
      `\`${name}\` нэр биш: үсэг эсвэл \`_\`-ээр эхэлж, үсэг, цифр, \`_\` агуулна (нэрийн орон зайг энд өөрчлөхгүй)`,
    taken: ({ fullName }) => `\`${fullName}\` аль хэдийн тодорхойлогдсон; өөр нэр сонгоно уу`,
    captured: ({ written, place, now, after }) =>
      `${place} дахь \`${written}\` нь \`${now}\`-г биш \`${after}\`-г заах болно; өөр нэр сонгоно уу`,
  },
  lens: {
    previewDiagram: 'Диаграм харах',
  },
  settings: {
    dateIgnored: ({ date }) =>
      `gea.evaluationDate "${date}" нь YYYY-MM-DD хэлбэрээр бичсэн бодит өдөр биш; gea.yaml-ийн evaluation-date (үгүй бол өнөөдөр) хэрэглэнэ`,
    localeChanged: ({ locale }) =>
      `gea.yaml-д одоо ${locale} хэл заасан: gea check-ийн адил мэдэгдлүүд ${locale} хэлээр гарахын тулд gea хэлний серверийг дахин эхлүүлнэ үү`,
  },
  preview: {
    title: ({ view }) => `Диаграм: ${view}`,
    noView: 'Энд диаграм алга: заагчийг харагдац, байгууллага, систем, өгөгдлийн сан эсвэл платформ дээр байрлуулна уу.',
    failed: ({ reason }) => `Диаграмыг зурж чадсангүй: ${reason}`,
  },
  status: {
    counts: ({ errors, warnings, infos }) => `${errors} алдаа, ${warnings} анхааруулга, ${infos} мэдээлэл`,
    tooltip: 'Ажлын талбарын gea илрэлүүд; жагсаалтыг харахын тулд дарна уу',
  },
  commands: {
    pickRule: 'Тайлбарлах дүрэм',
    buildDone: ({ out }) => `gea build ${out} руу бичлээ`,
    buildFailed: ({ reason }) => `gea build амжилтгүй: ${reason}`,
    noSite: 'Сайт хараахан бүтээгдээгүй байна: эхлээд "gea: Build" командыг ажиллуулна уу.',
  },
  cli: {
    lsp: 'хэлний серверийг эхлүүлэх (VS Code, Neovim, Emacs болон LSP дэмждэг бүх засварлагчид)',
    stdioOption: 'стандарт оролт, гаралтаар харилцах (цорын ганц холболт)',
    lspAtTerminal:
      'gea lsp бол хэлний сервер: засварлагч түүнийг эхлүүлж, стандарт оролт, гаралтаар харилцана (`gea lsp --stdio`). Одоо засварлагчийг хүлээж байна; зогсоохдоо Ctrl+C дарна уу.',
    fmt: '.gea файлуудыг стандарт хэлбэрт оруулах (хэлний сервер мөн адил хэлбэржүүлдэг)',
    fmtFiles: 'хэлбэржүүлэх файл эсвэл хавтас (анхдагч: энэ хавтасны ажлын талбар)',
    checkOption: 'юуг ч өөрчлөхгүй; хэлбэржээгүй файлуудыг жагсааж, байвал 1 кодоор гарах',
    reformatted: ({ path }) => `${path} хэлбэржлээ`,
    wouldReformat: ({ path }) => `хэлбэржээгүй: ${path}`,
    notFormatted: ({ path, line, column, message }) => `${path}:${line}:${column}: синтаксийн алдаатай тул хэлбэржүүлсэнгүй: ${message}`,
    summary: ({ changed, files }) => `${files} файлаас ${changed} нь хэлбэржүүлэх шаардлагатай`,
  },
};
