// The rules in Mongolian: for each finding id, what it checks in one line (`gea rules`), why it
// exists with a bad and a good example (`gea explain`; the examples are the English table's, byte
// for byte), and the messages of its findings. Terms follow the glossary in common.ts.
import type { RuleWords } from '../words.js';
import { codeList, KIND_CASES, label, labelIn, list, location } from './common.js';

/** "`mta` байгууллага эзэмшдэг", "`mta` байгууллага эзэмшиж, `ndc` байгууллага ажиллуулдаг" */
function runBy(owner: string, operator: string | undefined): string {
  return operator === undefined
    ? `${label('agency', owner)} эзэмшдэг`
    : `${label('agency', owner)} эзэмшиж, ${label('agency', operator)} ажиллуулдаг`;
}

/** What an interface lacks, and what to add for it. */
const INTERFACE_PARTS: Readonly<
  Record<'style' | 'version' | 'operation' | 'event', { lacks(style: string | undefined): string; example: string }>
> = {
  style: { lacks: () => '`style`', example: '`style rest|soap|graphql|event|file`' },
  version: { lacks: () => '`version`', example: '`version "1.0.0"`' },
  operation: { lacks: (style) => `үйлдэл (${style} интерфейс дор хаяж нэг үйлдэлтэй байна)`, example: '`operation NAME { … }`' },
  event: { lacks: () => 'үйл явдал (event интерфейс дор хаяж нэг үйл явдалтай байна)', example: '`event NAME { payload DATA { … } }`' },
};

/** What an `open` block lacks, and what to add for it. */
const OPEN_PARTS: Readonly<Record<'license' | 'publisher' | 'cadence', { name: string; example: string }>> = {
  license: { name: 'лиценз', example: '`license "CC-BY-4.0"`' },
  publisher: { name: 'нийтлэгч', example: '`publisher AGENCY`' },
  cadence: { name: 'шинэчлэх давтамж', example: '`cadence monthly`' },
};

/** The classified data an interface carries, by the highest classification among it. */
const CLASSIFIED: Readonly<Record<'restricted' | 'secret', string>> = { restricted: 'хязгаарлагдмал өгөгдөл', secret: 'нууц өгөгдөл' };

export const rules: RuleWords = {
  syntax: {
    summary: 'Файл gea хэлний синтаксийг баримталж, утга бүр тогтсон утгын жагсаалтаасаа сонгогдсон байна.',
    explanation: `Задлан шинжлэгч файлын зарим хэсгийг уншиж чадсангүй, эсвэл утга нь тухайн шинж чанарын авч болох
утгуудын нэг биш (\`kind agancy\`), эсвэл нэг шинж чанарыг хоёр удаа өгсөн, огноо нь байдаггүй огноо
(2026-02-30), үе шат \`date\` заалтгүй, эсвэл чөлөөлөлтөд \`rule\`, \`on\`, \`reason\` заалтын аль нэг нь
дутуу байна. Задлан шинжлэгч алдаанаас сэргэж цааш үргэлжлүүлдэг тул файлын үлдсэн хэсэг шалгагдсаар
байна; эхний алдааг түрүүлж засна уу.

Буруу:
  agency mta "Татварын ерөнхий газар" { kind agancy }

Зөв:
  agency mta "Татварын ерөнхий газар" { kind agency }`,
  },
  'unresolved-reference': {
    summary: 'Холбоос бүр тодорхойлогдсон (зөв төрлийн) элементийг нэрлэнэ.',
    explanation: `Холбоосыг эхлээд файлын нэрийн орон зайд, дараа нь гаднах нэрийн орон зай бүрт дотроос нь гадагш,
эцэст нь бүтэн нэрээр хайна. Энэ илрэл ямар төрлийн элемент хүлээгдэж байсныг, боломжтой бол хамгийн
ойролцоо тодорхойлогдсон нэрийг хэлнэ. \`{ … }\` жагсаалт дахь талбаруудыг хаалтын өмнөх өгөгдлийн
сангаас, чөлөөлөлт дэх дүрмийн танигчийг дүрмүүдийн дундаас хайна.

Буруу:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gars }

Зөв:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr }`,
  },
  'duplicate-name': {
    summary: 'Тодорхойлолт бүр ажлын талбарт өөрийн гэсэн бүтэн нэртэй байна.',
    explanation: `Нэг бүтэн нэртэй (нэрийн орон зай ба танигч) хоёр тодорхойлолтыг хоёуланг нь байрлал бүрт нь
мэдээлнэ. Хоёулаа загварт үлдэх бөгөөд лавлагаанууд эх кодын дарааллаар (файлын зам, дараа нь мөр)
эхнийх рүү нь чиглэдэг тул хоёр дахь тодорхойлолтод хүрэх аргагүй болно. Талбар, үйлдэл, үйл явдлын
нэр мөн өөрийн тодорхойлолт дотроо давтагдахгүй байх ёстой.

Буруу:
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr }
  system civil_registry "Давхардсан систем" { owner gasr }

Зөв: аль нэгийнх нь нэрийг өөрчлөх (\`civil_registry_archive\`), эсвэл өөр нэрийн орон зай руу зөөнө.`,
  },
  'plateau-order': {
    summary: 'Үе шатууд өөр өөр огноотой тул дараалалтай байна.',
    explanation: `Үе шат бол огноогоор эрэмбэлэгдсэн архитектурын төлөв юм; амьдралын мөчлөг (\`from\`, \`until\`) болон
чөлөөлөлтүүд эдгээр огноог харьцуулдаг. Нэг огноотой хоёр үе шатыг эрэмбэлэх боломжгүй.

Буруу:
  plateau current "Одоо" { date 2026-01-01 }
  plateau baseline "Суурь" { date 2026-01-01 }

Зөв: тэдгээрийг нэгтгэх, эсвэл тус бүрт өөр огноо өгнө.`,
  },
  'owner-required': {
    summary:
      'Систем, өгөгдлийн сан бүр эзэмшигчээ, платформ, итгэмжлэлийн үйлчилгээ бүр ажиллуулагчаа, интерфейс бүр нийлүүлэгчээ нэрлэнэ.',
    explanation: `Хариуцлага бол байгууллагын архитектурт хамгийн түрүүнд бүртгэх зүйл: систем, өгөгдлийн санг аль
байгууллага хариуцдаг, хамтын платформ эсвэл итгэмжлэлийн үйлчилгээг аль байгууллага ажиллуулдаг,
интерфейсийг аль систем нийлүүлдэг. Үүнгүйгээр өгөгдөл байгууллагын хил давж буй эсэхийг өөр ямар ч
дүрэм тогтоож чадахгүй. Дутуу эзэмшигч, ажиллуулагч, нийлүүлэгчийг тодорхойлолтын эхний мөрөнд
мэдээлнэ (энэ нь синтаксийн алдаа биш, дүрмийн илрэл тул хагас бичсэн загвар ч холбогдож,
шалгагдана).

Буруу:
  system payroll "Цалингийн систем" {
    criticality high
  }

Зөв:
  system payroll "Цалингийн систем" {
    owner mof
    criticality high
  }`,
    missing: ({ kind, element, property }) =>
      `${labelIn(kind, element, 'dative')} \`${property}\` заалт алга; ` +
      `${property === 'owner' ? 'түүнийг хариуцдаг байгууллагыг' : property === 'operator' ? 'түүнийг ажиллуулдаг байгууллагыг' : 'түүнийг нийлүүлдэг системийг'} нэрлэсэн \`${property} …\` заалт нэмнэ үү`,
  },
  'owner-exists': {
    summary: 'Элементийн эзэмшигч, ажиллуулагч, нийлүүлэгч, дээд байгууллага нь тухайн элемент оршин буй үе шат бүрт оршин байна.',
    explanation: `Үе шатууд нь суурь болон зорилтот төлөвийг нэг загварт хамт агуулах боломж олгодог. Зорилтот төлөвт
байгууллагыг нэгтгэн татан буулгах, эсвэл системийг ашиглалтаас гаргах үед түүнийг эзэмшигч,
ажиллуулагч, нийлүүлэгч, дээд байгууллага гэж нэрлэсэн бүх зүйл хамт шилжих ёстой, эс тэгвээс тэр
элемент хариуцах эзэнгүй үлдэнэ. Энэ дүрэм ийм шинж чанарын нэрлэсэн байгууллага эсвэл систем түүнийг
нэрлэсэн элемент оршин буй үе шат бүрт хэвээр (эсвэл аль хэдийн) оршин байгааг үе шат бүрт шалгана;
тухайн шинж чанарын мөрөнд мэдээлнэ.

Буруу:
  agency hosp "Нэгдүгээр эмнэлэг" { until target }
  data patient "Өвчтөний бүртгэл" { owner hosp } // the register outlives its owner

Зөв:
  agency hosp "Нэгдүгээр эмнэлэг" { until target }
  agency moh "Эрүүл мэндийн яам" {}
  data patient "Өвчтөний бүртгэл" { owner moh }`,
    absent: ({ kind, element, property, targetKind, target }) =>
      `${labelIn(kind, element, 'genitive')} \`${property}\` заалт ${labelIn(targetKind, target, 'accusative')} нэрлэсэн боловч тэр нь \`${element}\` оршин буй бүх үе шатанд оршин байхгүй; ` +
      `амьдралын мөчлөгийнх нь туршид оршин байх өөр \`${property}\` нэрлэх, эсвэл хоёулангийнх нь \`from\`/\`until\` заалтыг уялдуулна уу`,
  },
  'single-master': {
    summary: 'Өгөгдлийн сан бүр үе шат бүрт яг нэг эх сурвалж системтэй байна.',
    explanation: `Нэг удаа цуглуулах зарчим: иргэн нэг мэдээллийг төрд ганц удаа өгч, түүнийг шаардлагатай байгууллага
бүр эх сурвалж болох ганц системээс лавладаг. Эх сурвалж системгүй өгөгдлийн сан эх сурвалжгүй болно
(хуулбарыг гарал үүсэлд нь хүртэл мөшгөх боломжгүй, засвар хаашаа ч хүрэхгүй); хоёр эх сурвалжтай
сан хоёр тийш зөрнө. Дүрмийг үе шат бүрт шалгадаг тул хуучин эх сурвалжийг ашиглалтаас гаргадаг
зорилтот төлөв шинийг нь нэрлэх ёстой. Эх сурвалжгүйг өгөгдлийн сангийн тодорхойлолтын эхний мөрөнд,
хоёр ба түүнээс олныг \`masters\` заалт бүрт мэдээлнэ.

Буруу:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr masters citizen }
  system tax_registry "Татварын бүртгэл" { owner mta masters citizen }

Зөв:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr masters citizen }

  system tax_registry "Татварын бүртгэл" {
    owner mta
    stores citizen { register_no }
    consumes citizen_lookup { purpose "…" legal-basis tax_law "12.1" }
  }`,
    noMaster: ({ data, localName }) =>
      `${labelIn('data', data, 'dative')} эх сурвалж систем алга; түүний эх сурвалж болох системд \`masters ${localName}\` заалт нэмнэ үү`,
    rivalMasters: ({ system, data, others, localName }) =>
      `${label('system', system)} ${labelIn('data', data, 'genitive')} эх сурвалж гэж заасан боловч ${codeList(others)} ${others.length === 1 ? 'систем' : 'системүүд'} мөн эх сурвалж гэж заажээ; ` +
      `өгөгдлийн сан ганц эх сурвалжтай байна (нэг удаа цуглуулах зарчим): \`masters ${localName}\` заалтыг тэр нэг системд л үлдээж, бусад нь түүнийг интерфейсээр дамжуулан хэрэглэнэ үү`,
  },
  'master-owner-match': {
    summary: 'Өгөгдлийн сангийн эх сурвалж болох систем бүрийг тухайн сангийн эзэмшигч байгууллага эзэмшдэг эсвэл ажиллуулдаг байна.',
    explanation: `Өгөгдлийн санг эзэмшигч байгууллага түүний агуулгыг хариуцдаг тул эх сурвалж систем нь тэр
байгууллагын хяналтад байх ёстой: түүний эзэмшилд, эсвэл наад зах нь түүний ажиллуулдаг байх. Өөр
байгууллагын системийг эх сурвалж болгосон бүртгэл нь ихэвчлэн эзэмшигчийг буруу заасныг, эсвэл тэр
систем зөвхөн хуулбар хадгалдаг тул \`stores\` гэж бичих ёстойг илтгэнэ. \`masters\` заалт бүрт нэг
удаа, түүний жагсаасан ийм бүх санг нэрлэн мэдээлнэ.

Буруу:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system tax_registry "Татварын бүртгэл" { owner mta masters citizen }

Зөв:
  data citizen "Иргэний бүртгэл" { owner gasr }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr masters citizen }
  system tax_registry "Татварын бүртгэл" { owner mta stores citizen { register_no } }`,
    foreignAsset: ({ system, owner, operator, data, dataOwner }) =>
      `${label('system', system)} ${labelIn('data', data, 'genitive')} эх сурвалж боловч түүнийг ${runBy(owner, operator)}, харин сангийн эзэмшигч нь ${label('agency', dataOwner)}; ` +
      `сангийн эх сурвалжийг ${labelIn('agency', dataOwner, 'genitive')} системд байршуулах (эсвэл энэ системийг ${labelIn('agency', dataOwner, 'instrumental')} ажиллуулах), эсвэл сангийн \`owner\` заалтыг засна уу`,
    foreignAssets: ({ system, owner, operator, data, dataOwners }) =>
      `${label('system', system)} ${list(data.map((id, i) => `\`${id}\` (эзэмшигч нь \`${dataOwners[i]}\`)`))} өгөгдлийн сангуудын эх сурвалж боловч түүнийг ${runBy(owner, operator)}, харин эдгээр сангийн эзэмшигч өөр байгууллага; ` +
      `сан бүрийн эх сурвалжийг эзэмшигчийнх нь системд байршуулах (эсвэл энэ системийг тэр эзэмшигчээр ажиллуулах), эсвэл сангуудын \`owner\` заалтыг засна уу`,
  },
  'registry-code-unique': {
    summary: 'Ямар ч хоёр байгууллагын `registry-code` давхцахгүй.',
    explanation: `Байгууллагын регистрийн дугаар нь хуулийн этгээдийн улсын бүртгэл дэх түүний дугаар юм; гаралтууд
болон бусад бүртгэл байгууллагыг үүгээр нь таньдаг. Нэг дугаартай хоёр байгууллага бол нэг
байгууллагыг хоёр удаа тодорхойлсон, эсвэл бичлэгийн алдаа юм. Үе шат бүрт оршин буй байгууллагуудын
дунд шалгадаг (залгамжлагч байгууллага өөрийн орлож буй байгууллагын дугаарыг авч болно) бөгөөд эх
кодын дарааллаар (ажлын талбар дахь харьцангуй зам, дараа нь мөр) хожуу ирсэн байгууллага бүрт нэг
удаа, түүний \`registry-code\` мөрөнд, тэр дугаартай эхний байгууллагыг болон өөр хэдэн байгууллага
мөн тийм дугаартайг нэрлэн мэдээлнэ.

Буруу:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { registry-code "9000002" }
  agency mta "Татварын ерөнхий газар" { registry-code "9000002" }

Зөв:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { registry-code "9000002" }
  agency mta "Татварын ерөнхий газар" { registry-code "9000003" }`,
    shared: ({ agency, code, first, firstLine, firstPath, others }) =>
      `${labelIn('agency', agency, 'genitive')} \`registry-code\` "${code}" нь ${labelIn('agency', first, 'genitive')}хтай (${location(firstLine, firstPath)})` +
      `${others === 0 ? '' : ` болон өөр ${others} байгууллагынхтай`} давхцаж байна; ` +
      'регистрийн дугаар байгууллагыг ялгаж таньдаг тул аль нэгийг нь засна уу (нэг байгууллага бол хоёр тодорхойлолтыг нэгтгэнэ үү)',
  },
  'cross-agency-via-platform': {
    summary:
      'Байгууллага хооронд өгөгдөл зөвхөн мэдээлэл солилцооны платформоор дамждаг интерфейсээр шилжинэ; өөр байгууллагын системээс шууд хамаарахгүй.',
    explanation: `Улсын мэдээлэл солилцооны платформ (ХУР) бол байгууллага хоорондын өгөгдөл солилцоог бүртгэж,
зөвшөөрч, зохицуулдаг газар юм. Байгууллага хооронд өөр аргаар (шөнийн файл хуулбар, мэдээллийн
баазын шууд холболт, платформоос гадуур нийтэлсэн интерфейс) шилжих өгөгдөл энэ хяналт болон нэг
удаа цуглуулах зарчмаас гадуур үлддэг. Тиймээс: (a) өөр байгууллагын эзэмшлийн өгөгдлийн санг
хадгалдаг систем тэр санг дамжуулдаг, \`exchange\` төрлийн платформоор дамждаг ямар нэг интерфейсийг
хэрэглэнэ (аль талбарыг нь гэдэг нь \`copy-has-source\` дүрмийн асуудал); (b) өөр байгууллагын
интерфейсийг хэрэглэдэг систем мэдээлэл солилцооны платформоор дамждаг интерфейсийг хэрэглэнэ; (c)
өөр байгууллагын системээс хамаарах \`depends-on\` заалт үргэлж зөрчил болно. Зөрчилтэй заалт бүр нэг
илрэл бөгөөд тухайн заалтад мэдээлнэ.

Буруу:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    stores citizen { register_no, surname }
    depends-on civil_registry "шөнийн файл хуулбар" { kind file }
  }

Зөв (\`gasr\` байгууллагын \`civil_registry\` систем \`citizen_lookup\` интерфейсийг \`exchange\` төрлийн \`khur\` платформоор нийлүүлдэг):
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    stores citizen { register_no, surname }
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12" agreement "ХТ-2024/003" }
  }`,
    copy: ({ system, owner, data, dataOwner, received }) =>
      `${labelIn('agency', owner, 'genitive')} ${label('system', system)} ${labelIn('agency', dataOwner, 'genitive')} ${labelIn('data', data, 'accusative')} хадгалдаг боловч ` +
      `${received ? 'түүнийг зөвхөн мэдээлэл солилцооны платформоор дамждаггүй интерфейсээр хүлээн авдаг' : 'түүнийг дамжуулдаг бусад системийн интерфейс хэрэглэдэггүй'}; ` +
      `${labelIn('data', data, 'accusative')} дамжуулдаг, мэдээлэл солилцооны платформоор дамждаг интерфейсийг (эх сурвалж системийнх нь нийлүүлдэг) хэрэглэх, эсвэл хадгалахаа болино уу`,
    consumption: ({ system, owner, api, provider, platform, platformKind }) =>
      `${labelIn('agency', owner, 'genitive')} ${label('system', system)} ${labelIn('agency', provider, 'genitive')} ${labelIn('interface', api, 'accusative')} хэрэглэдэг боловч тэр интерфейс ` +
      `${platform === undefined ? 'ямар ч платформоор дамждаггүй' : `${labelIn('platform', platform, 'instrumental')} дамждаг бөгөөд тэр платформын төрөл ${platformKind === undefined ? 'заагдаагүй' : `\`exchange\` биш, \`${platformKind}\``}`}; ` +
      `${labelIn('interface', api, 'accusative')} мэдээлэл солилцооны платформоор (\`exchange\` төрлийн) \`via\` заалтаар нийтэлж, тэндээс хэрэглэнэ үү`,
    dependency: ({ system, owner, target, targetOwner, dependencyKind }) =>
      `${labelIn('agency', owner, 'genitive')} ${label('system', system)} ${labelIn('agency', targetOwner, 'genitive')} ${labelIn('system', target, 'ablative')}${dependencyKind ? ` (\`kind ${dependencyKind}\`)` : ''} мэдээлэл солилцооны платформыг тойрч шууд хамаардаг; ` +
      `энэ хамаарлыг ${labelIn('system', target, 'genitive')} мэдээлэл солилцооны платформоор нийлүүлдэг интерфейсээр сольж, түүнийг хэрэглэнэ үү`,
  },
  'copy-has-source': {
    summary: 'Систем эх сурвалж нь биш өгөгдлөөс хадгалдаг талбар бүрийг өөрийн хэрэглэдэг аль нэг интерфейс дамжуулдаг байна.',
    explanation: `Системийн эх сурвалж нь биш өгөгдлийн хуулбар архитектурт харагдах газраас ирэх ёстой: тэр системийн
хэрэглэдэг, тэдгээр талбарыг дамжуулдаг интерфейсээс. Хэрэглэдэг ямар ч интерфейс дамжуулдаггүй
хадгалсан талбар бүртгэгдээгүй сувгаар (файл хуулбар, гар оруулга, мэдээллийн баазын шууд холболт)
ирдэг, хэн ч анзааралгүй хуучирч, нэг удаа цуглуулах зарчмыг зөрчинө. Илрэлийг \`stores\` заалтад
мэдээлж, эх сурвалжгүй талбаруудыг нэрлэнэ.

Буруу (хэрэглэдэг ямар ч интерфейс \`address\` талбарыг дамжуулдаггүй):
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    stores citizen { register_no, surname, address }
    consumes citizen_lookup // carries citizen { register_no, surname }
  }

Зөв:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    stores citizen { register_no, surname }
    consumes citizen_lookup // carries citizen { register_no, surname }
  }`,
    fieldsWithoutSource: ({ system, data, fields }) =>
      `${label('system', system)} ${labelIn('data', data, 'genitive')} ${codeList(fields)} ${fields.length === 1 ? 'талбарыг' : 'талбаруудыг'} хадгалдаг боловч түүний хэрэглэдэг бусад системийн ямар ч интерфейс ${fields.length === 1 ? 'түүнийг' : 'тэдгээрийг'} дамжуулдаггүй; ` +
      `${fields.length === 1 ? 'түүнийг' : 'тэдгээрийг'} дамжуулдаг интерфейсийг хэрэглэх, эсвэл хадгалахаа болино уу`,
    copyWithoutSource: ({ system, data, fields }) =>
      `${label('system', system)} ${labelIn('data', data, 'genitive')} хуулбарыг (${codeList(fields)}) хадгалдаг боловч түүнийг дамжуулдаг бусад системийн интерфейс хэрэглэдэггүй; ` +
      `тэдгээр талбарыг дамжуулдаг интерфейсийг (${labelIn('data', data, 'genitive')} эх сурвалжаас) хэрэглэх, эсвэл хадгалахаа болино уу`,
  },
  'provider-authoritative': {
    summary:
      'Интерфейс зөвхөн нийлүүлэгч нь эх сурвалж болсон, эсвэл нийлүүлэгч нь өөрөө хэрэглэдэг интерфейсээр хүлээн авдаг өгөгдлийг дамжуулна.',
    explanation: `Хэрэглэгчид интерфейсээс эх сурвалжийн өгөгдөл авна гэж итгэдэг. Систем эх сурвалж нь ч биш, эх
сурвалжаас нь хэрэглэдэг интерфейсээр ч хүлээн авдаггүй өгөгдлийн санг нийтэлбэл интерфейс гарал
үүсэл нь тодорхойгүй өгөгдөл тараана: бүртгэлээсээ зөрөх сүүдэр хуулбар. Шалгалтыг өгөгдлийн сан тус
бүрээр хийнэ: нийлүүлэгч тэр сангийн эх сурвалж, эсвэл түүнийг дамжуулдаг интерфейсийг хэрэглэдэг
байна (төрөл нь өөр өгөгдлийн сан болох талбарыг дамжуулах нь тэр санг дамжуулсанд тооцогдохгүй).
Интерфейс ба өгөгдлийн сан тус бүрд нэг удаа, тэр санг дамжуулдаг эхний оролт, гаралт эсвэл агуулгад
мэдээлнэ.

Буруу (\`pension\` систем \`citizen\` өгөгдлийн сангийн эх сурвалж ч биш, түүнийг хүлээн ч авдаггүй):
  interface pension_citizen "Тэтгэвэр авагчийн мэдээлэл" {
    provider pension
    via khur
    style rest
    version "1.0.0"
    operation get_pensioner { method GET path "/pensioners/{register_no}" output citizen { register_no, surname } }
  }

Зөв (бүртгэлийн өөрийнх нь систем түүнийг нийлүүлэх, эсвэл \`pension\` систем эхлээд \`citizen_lookup\` интерфейсийг хэрэглэнэ):
  interface citizen_lookup "Иргэний лавлагаа" {
    provider civil_registry
    via khur
    style rest
    version "2.0.0"
    operation get_citizen { method GET path "/citizens/{register_no}" output citizen { register_no, surname } }
  }`,
    unentitled: ({ api, data, provider, master }) =>
      `${label('interface', api)} ${labelIn('data', data, 'accusative')} дамжуулдаг боловч нийлүүлэгч ${label('system', provider)} нь түүний эх сурвалж ч биш, түүнийг дамжуулдаг бусад системийн интерфейс ч хэрэглэдэггүй; ` +
      (master
        ? `түүнийг эх сурвалж ${labelIn('system', master, 'ablative')} нь нийлүүлэх, эсвэл ${labelIn('system', provider, 'instrumental')} ${labelIn('system', master, 'genitive')} түүнийг дамжуулдаг интерфейсийг хэрэглүүлнэ үү`
        : `${labelIn('system', provider, 'accusative')} ${labelIn('data', data, 'genitive')} эх сурвалж болгох, эсвэл түүнийг дамжуулдаг интерфейс хэрэглүүлэх, эсвэл энд дамжуулахаа болино уу`),
  },
  'consumption-legal-basis': {
    summary:
      'Хувь хүний мэдээлэл эсвэл хязгаарлагдмал, нууц өгөгдөл дамжуулдаг интерфейсийг хэрэглэхдээ зорилго болон эрх зүйн үндэслэлээ заана.',
    explanation: `Хувь хүний мэдээллийг зөвхөн тодорхой зорилгоор, эрх зүйн үндэслэлтэйгээр боловсруулж болно
(зорилгоор хязгаарлах, хууль ёсны байх зарчим), хязгаарлагдмал болон нууц өгөгдлийг зөвхөн хуулиар
эрх олгогдсон этгээд боловсруулна. Тиймээс хувь хүний мэдээлэл (\`personal\` эсвэл \`sensitive\` гэж
тэмдэглэсэн талбар, эсвэл \`privacy personal\`, \`privacy sensitive\` гэж заасан сан) эсвэл
хязгаарлагдмал, нууц өгөгдөл дамжуулдаг интерфейсийг хэрэглэдэг систем \`consumes\` блокдоо зорилгоо
(\`purpose\`) болон үүнийг зөвшөөрсөн эрх зүйн үндэслэлээ (\`legal-basis\`, хууль ба зүйл заалт)
хоёуланг нь заана. Хэрэглээ бүрт нэг удаа, \`consumes\` заалтад мэдээлнэ.

Буруу:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup
  }

Зөв:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12.1" agreement "ХТ-2024/003" }
  }`,
    unjustified: ({ system, api, personal, classification, data, missing }) =>
      `${label('system', system)} ${[...(personal ? ['хувь хүний мэдээлэл'] : []), ...(classification ? [CLASSIFIED[classification]] : [])].join(' болон ')} (${codeList(data)}) дамжуулдаг ` +
      `${labelIn('interface', api, 'accusative')} ${codeList(missing)} заалтгүйгээр хэрэглэдэг; ` +
      `\`consumes\` блокод ${list(missing.map((name) => (name === 'purpose' ? `\`purpose "…"\`` : `\`legal-basis LAW "article"\``)))} заалт нэмнэ үү`,
  },
  'consent-declared': {
    summary: 'Хувь хүний мэдээлэл дамжуулдаг интерфейс зөвшөөрлөө, эсвэл эрх зүйн үндэслэлтэй `consent none` заалтыг тодорхойлно.',
    explanation: `Хувь хүний мэдээллийг мэдээллийн эзний зөвшөөрлөөр, эсвэл зөвшөөрөл шаардлагагүй болгосон эрх зүйн
үндэслэлээр задруулна. Тиймээс хувь хүний мэдээлэл (\`personal\` эсвэл \`sensitive\` гэж тэмдэглэсэн
талбар, эсвэл \`privacy personal\`, \`privacy sensitive\` гэж заасан сан) дамжуулдаг интерфейс
зөвшөөрлийг хэрхэн авдгаа (\`consent dan, otp\`, …) тодорхойлох, эсвэл интерфейсийн \`legal-basis\`
заалттай хамт \`consent none\` гэж бичнэ. Дутуу тодорхойлолтыг интерфейсийн эхний мөрөнд, эрх зүйн
үндэслэлгүй \`consent none\` заалтыг \`consent\` мөрөнд мэдээлнэ.

Буруу:
  interface patient_lookup "Өвчтөний лавлагаа" {
    provider his
    via khur
    style rest
    version "1.0.0"
    classification restricted
    operation get_patient { method GET path "/patients/{patient_id}" output patient { patient_id } }
  }

Зөв:
  interface patient_lookup "Өвчтөний лавлагаа" {
    provider his
    via khur
    style rest
    version "1.0.0"
    classification restricted
    consent none
    legal-basis health_law "12.1"
    operation get_patient { method GET path "/patients/{patient_id}" output patient { patient_id } }
  }`,
    noneWithoutLegalBasis: ({ api, data }) =>
      `${label('interface', api)} хувь хүний мэдээлэл (${codeList(data)}) дамжуулдаг бөгөөд \`legal-basis\` заалтгүйгээр \`consent none\` гэж заасан; ` +
      `зөвшөөрөлгүйгээр дамжуулахыг зөвшөөрдөг хуулийг нэрлэсэн \`legal-basis LAW "article"\` заалт нэмэх, эсвэл зөвшөөрөл авах аргуудаа (\`consent dan, otp\`, …) нэрлэнэ үү`,
    undeclared: ({ api, data }) =>
      `${label('interface', api)} хувь хүний мэдээлэл (${codeList(data)}) дамжуулдаг боловч \`consent\` заалтгүй; ` +
      `ашигладаг аргуудыг нь нэрлэсэн \`consent\` заалт (\`dan\`, \`otp\`, \`signature\`, …), эсвэл \`legal-basis\` заалттай хамт \`consent none\` нэмнэ үү`,
  },
  'agreement-required': {
    summary: 'Байгууллага хоорондын хэрэглээ харилцан ажиллагааны гэрээг иш татна.',
    explanation: `Нэг байгууллага өөр байгууллагын интерфейсийг хэрэглэх нөхцөлийг (ямар өгөгдөл, ямар зорилгоор, ямар
үүрэг, хариуцлагатай) хоёр байгууллагын хоорондын харилцан ажиллагааны гэрээгээр тогтоодог. Түүнийг
\`consumes\` блокод \`agreement "…"\` гэж иш татах нь интеграцийг тэр гэрээтэй холбож, аудит байгууллага
хоорондын урсгал бүрийн үндэслэлийг олох боломжтой болгоно. Нэг байгууллагын доторх (ижил
эзэмшигчтэй) хэрэглээнд гэрээ шаардлагагүй. Хэрэглээ бүрт нэг удаа, \`consumes\` заалтад мэдээлнэ.

Буруу:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12.1" }
  }

Зөв:
  system insurance "Нийгмийн даатгалын систем" {
    owner sia
    consumes citizen_lookup { purpose "Даатгуулагчийг таних" legal-basis si_law "12.1" agreement "ХТ-2024/003" }
  }`,
    noAgreement: ({ system, owner, api, provider }) =>
      `${labelIn('agency', owner, 'genitive')} ${label('system', system)} ${labelIn('agency', provider, 'genitive')} ${labelIn('interface', api, 'accusative')} харилцан ажиллагааны гэрээ иш татахгүйгээр хэрэглэдэг; ` +
      `\`consumes\` блокод \`agreement "…"\` (гэрээний дугаар) заалт нэмнэ үү`,
  },
  'interface-complete': {
    summary:
      'Интерфейс `style` ба `version` заалттай; rest, soap, graphql интерфейс үйлдэлтэй, event интерфейс үйл явдалтай, rest үйлдэл `method` ба `path` заалттай байна.',
    explanation: `Интерфейс бол хэрэглэгчид нь түшиглэн систем хөгжүүлдэг тохиролцоо юм. \`style\` ба \`version\` заалтгүй
бол түүнийг хэрхэн дуудах, аль тохиролцоонд найдаж буйгаа хэн ч мэдэхгүй; нэг ч \`operation\` заалтгүй
rest, soap эсвэл graphql интерфейс, нэг ч \`event\` заалтгүй event интерфейс юу ч санал болгодоггүй;
\`method\` ба \`path\` заалтгүй rest үйлдлийг дуудах боломжгүй. Илрэлийг ямар нэг зүйл дутуу байгаа
хамгийн дотоод тодорхойлолт эсвэл блокийн эхний мөрөнд мэдээлнэ: \`style\`, \`version\`, үйлдэл, үйл
явдал дутуу бол интерфейсийн, \`method\` эсвэл \`path\` дутуу бол үйлдлийн мөрөнд.

Буруу:
  interface citizen_feed "Иргэний өөрчлөлтийн мэдээ" { provider civil_registry via khur style event }

Зөв:
  interface citizen_feed "Иргэний өөрчлөлтийн мэдээ" {
    provider civil_registry
    via khur
    style event
    version "1.0.0"
    event citizen_changed { payload citizen { register_no } }
  }`,
    incomplete: ({ api, style, missing }) =>
      `${labelIn('interface', api, 'dative')} ${list(missing.map((name) => INTERFACE_PARTS[name].lacks(style)))} дутуу байна; ${list(missing.map((name) => INTERFACE_PARTS[name].example))} нэмнэ үү`,
    incompleteOperation: ({ operation, api, missing }) =>
      `${labelIn('interface', api, 'genitive')} \`${operation}\` rest үйлдэлд ${codeList(missing)} заалт дутуу байна; ` +
      `${list(missing.map((name) => (name === 'method' ? `\`method GET|POST|PUT|PATCH|DELETE\`` : `\`path "/…"\``)))} нэмнэ үү`,
  },
  'classification-flow': {
    summary:
      'Интерфейсийн нууцлалын ангилал түүний дамжуулдаг өгөгдлийнхөөс доогуур биш; нууц өгөгдөл мэдээлэл солилцооны платформоор хэзээ ч дамжихгүй, нээлттэй өгөгдөл болж нийтлэгдэхгүй.',
    explanation: `Интерфейс дамжуулж буй бүхнээ ил гаргадаг тул түүний нууцлалын ангилал (хэнд, ямар сувгаар, ямар
хяналттайгаар хандах эрх олгохыг тодорхойлдог) үйлдэл, үйл явдалд нь орсон хамгийн өндөр ангилалтай
өгөгдлийн сангийнхаас доогуур байж болохгүй; заагаагүй нууцлалын ангиллыг дотоод гэж тооцно. Нууц
өгөгдлийг хамтын мэдээлэл солилцооны платформоор хэзээ ч дамжуулахгүй, нээлттэй өгөгдөл болгон хэзээ
ч нийтлэхгүй. Интерфейс ба өгөгдлийн сан тус бүрд нэг удаа, тэр санг дамжуулдаг эхний оролт, гаралт
эсвэл агуулгад (эсвэл нууц сангийн \`open\` блокод) мэдээлнэ.

Буруу:
  data border_cases "Хилийн хэрэг" { owner nso classification secret field case_id string key }

  interface stat_api "Статистикийн API" {
    provider stat_system
    via khur
    style rest
    version "1.0.0"
    classification public
    operation get_case { method GET path "/cases/{case_id}" input border_cases { case_id } }
  }

Зөв (нууц өгөгдлийн сан нээлттэй ангилалтай солилцооны интерфейсээс гадуур үлдэнэ):
  interface stat_api "Статистикийн API" {
    provider stat_system
    via khur
    style rest
    version "1.0.0"
    classification public
    operation get_population { method GET path "/population/{aimag}" output population { aimag, count } }
  }`,
    below: ({ api, classification, stated, data, dataClassification }) =>
      `${labelIn('interface', api, 'genitive')} нууцлалын ангилал \`${classification}\`${stated ? '' : ' (заагаагүй тул дотоод гэж тооцсон)'} боловч \`${dataClassification}\` ангилалтай ${labelIn('data', data, 'accusative')} дамжуулдаг; ` +
      `интерфейсэд \`classification ${dataClassification}\` (эсвэл түүнээс өндөр) гэж заах, эсвэл ${labelIn('data', data, 'accusative')} дамжуулахаа болино уу`,
    secretViaExchange: ({ api, data, platform }) =>
      `${label('interface', api)} нууц ангилалтай ${labelIn('data', data, 'accusative')} \`${platform}\` мэдээлэл солилцооны платформоор дамжуулдаг; ` +
      `нууц өгөгдөл мэдээлэл солилцооны платформоор хэзээ ч дамжихгүй: ${labelIn('data', data, 'accusative')} энд дамжуулахаа болих, эсвэл интерфейсийг ${labelIn('platform', platform, 'ablative')} гаргана уу`,
    belowAndViaExchange: ({ api, classification, stated, data, platform }) =>
      `${labelIn('interface', api, 'genitive')} нууцлалын ангилал \`${classification}\`${stated ? '' : ' (заагаагүй тул дотоод гэж тооцсон)'} боловч нууц ангилалтай ${labelIn('data', data, 'accusative')} дамжуулдаг, тэр тусмаа \`${platform}\` мэдээлэл солилцооны платформоор; ` +
      `нууц өгөгдөл мэдээлэл солилцооны платформоор хэзээ ч дамжихгүй: ${labelIn('data', data, 'accusative')} энд дамжуулахаа болих, эсвэл интерфейсийг ${labelIn('platform', platform, 'ablative')} гаргаж, \`secret\` гэж ангилна уу`,
    secretOpen: ({ data }) =>
      `нууц ангилалтай ${labelIn('data', data, 'accusative')} нээлттэй өгөгдөл болгон нийтэлсэн байна; түүний \`open\` блокийг хасна уу (нууц өгөгдлийг хэзээ ч нийтлэхгүй)`,
  },
  'lifecycle-dependency': {
    summary:
      'Заалтын заасан элемент (`consumes`, `uses`, `hosting`, `via`, `masters`, `stores`, `depends-on`, `with`, `timestamp`, `issuer`) тухайн заалт оршин буй үе шат бүрт оршин байна.',
    explanation: `Үе шатууд архитектурыг огноотой төлөвүүдээр дүрсэлдэг. Элементийг ашиглалтаас гаргах (\`until\`) эсвэл
хожим нэвтрүүлэх (\`from\`) үед түүнийг заасан заалтууд дагах ёстой: ашиглалтаас гарсан интерфейсийг
хэрэглэсээр буй, хараахан бүтээгдээгүй платформ дээр байрладаг, эсвэл байхгүй болсон гэрчилгээ
олгогч төвөөр цахим гарын үсэг зурдаг систем ажиллах боломжгүй төлөвийг дүрсэлнэ. Үе шат бүрт
\`consumes\`, \`uses\`, \`hosting\`, \`via\`, \`masters\`, \`stores\`, \`depends-on\`, \`with\`, \`timestamp\`,
\`issuer\` заалтуудыг шалгана; заалтад нэг удаа, түүний заасан ийм бүх элементийг нэрлэн мэдээлнэ.
Заалтыг түүний заасан элементтэй хамт дуусгах (\`until\`), эсвэл тэр элемент бий болоход эхлүүлнэ
(\`from\`).

Буруу:
  interface old_lookup "Хуучин лавлагаа" { provider civil_registry until target … }

  system tax_system "Татварын систем" {
    owner mta
    consumes old_lookup
  }

Зөв:
  system tax_system "Татварын систем" {
    owner mta
    consumes old_lookup { until target }
    consumes citizen_lookup { from target }
  }`,
    absent: ({ holderKind, holder, keyword, written, targetKind, targets, ownLifecycle }) => {
      const several = targets.length > 1;
      const fix = !ownLifecycle
        ? `${labelIn(holderKind, holder, 'accusative')} ${several ? 'тэдгээртэй' : 'түүнтэй'} зэрэг дуусгах эсвэл эхлүүлэх (\`until …\`, \`from …\`)`
        : several
          ? `заалтад тэдгээр элемент арилахад дуусах (\`until …\`) эсвэл бий болоход эхлэх (\`from …\`) амьдралын мөчлөг өгөх`
          : `заалтад ${label(targetKind, targets[0]!)} арилахад дуусах (\`until …\`) эсвэл бий болоход эхлэх (\`from …\`) амьдралын мөчлөг өгөх`;
      return (
        `${labelIn(holderKind, holder, 'genitive')} \`${keyword} ${written.join(', ')}\` заалт ${codeList(targets)} ${KIND_CASES[targetKind].accusative} нэрлэдэг боловч ` +
        `${several ? 'тэдгээр' : 'тэр'} нь заалт оршин буй бүх үе шатанд оршин байхгүй; ${fix}, эсвэл тэр үед оршин буй ${several ? 'элементүүдийг' : 'элементийг'} заана уу`
      );
    },
  },
  'lifecycle-order': {
    summary:
      '`from` заалтын үе шат `until` заалтынхаас огноогоор заавал өмнө байх бөгөөд заалтын амьдралын мөчлөг элементийнхээ амьдралын мөчлөгтэй давхцана.',
    explanation: `\`from P\` нь элемент (эсвэл заалт) P үе шатаас эхлэн оршин байгааг, \`until Q\` нь Q үе шатад оршин
байхаа больсныг илэрхийлнэ. Q нь P-ээс хойш огноотой биш бол хоёр нь зөрчилдөж, тэр зүйл ямар ч үе
шатанд оршин байхгүй болно — ихэвчлэн үе шатуудыг сольж бичсэн, эсвэл буруу үе шат нэрлэсэн байдаг.
Энэ нь тодорхойлолтууд болон өөрийн амьдралын мөчлөгтэй заалтуудад
(\`masters citizen (from current until target)\`, \`consumes x { from … until … }\`) хамаарна. \`until\`
заалтад мэдээлнэ. Заалт зөвхөн элементээ оршин байх хугацаанд оршин байдаг тул өөрийн амьдралын
мөчлөг нь элементийнхээ эхлэхээс өмнө дуусдаг (\`from target\` систем дэх \`stores citizen (until current)\`),
эсвэл элемент нь дууссаны дараа эхэлдэг заалт мөн ямар ч үе шатанд оршин байхгүй: үүнийг
анхааруулгаар, заалтын тэр хязгаарт мэдээлнэ.

Буруу:
  system archive "Архивын систем" {
    owner gasr
    from target
    until current
  }

Зөв:
  system archive "Архивын систем" {
    owner gasr
    from current
    until target
  }`,
    reversed: ({ kind, element, statement, from, fromDate, until, untilDate, order }) =>
      `${statement ? `${labelIn(kind, element, 'genitive')} \`${statement}\` заалт` : label(kind, element)} \`from ${from}\` (${fromDate}), \`until ${until}\` (${untilDate}) гэж заасан; ` +
      `${order === 'same' ? 'хоёулаа нэг үе шат' : order === 'same-date' ? 'хоёр үе шат ижил огноотой' : `\`until\` заалтын үе шат өмнө нь байна`} тул ямар ч үе шатанд оршин байхгүй; ` +
      `\`until\` заалт \`from\` заалтынхаас хойш огноотой үе шатыг нэрлэх ёстой — тэдгээрийг сольж бичих, эсвэл зөв үе шатыг нэрлэнэ үү`,
    outsideElement: ({ kind, element, statement, bound, plateau, date, elementBound, elementPlateau, elementDate }) =>
      `${labelIn(kind, element, 'genitive')} \`${statement}\` заалтын \`${bound} ${plateau}\` (${date}) нь ${KIND_CASES[kind].genitive} амьдралын мөчлөгөөс ` +
      `(\`${elementBound} ${elementPlateau}\`, ${elementDate}) гадуур тул заалт ямар ч үе шатанд оршин байхгүй; ` +
      `\`${bound}\` заалтад ${KIND_CASES[kind].genitive} амьдралын мөчлөг доторх үе шатыг нэрлэх, эсвэл заалтыг устгана уу`,
  },
  'deprecated-interface': {
    summary: 'Систем `deprecated` гэж тэмдэглэсэн интерфейсийг хэрэглэдэг.',
    explanation: `Нийлүүлэгч интерфейсийг ашиглалтаас хасахаар шийдсэн үедээ \`deprecated\` гэж тэмдэглэдэг. Түүнийг
хэрэглэсээр буй систем бүр интерфейс хасагдахаас өмнө төлөвлөх шилжилт юм; тиймээс ийм хэрэглээ
бүрийг хэрэглэгч нь залгамжлагч интерфейс рүү шилжих хүртэл (эсвэл хэрэглээнд \`until\` үе шат өгч,
төлөвлөгөөг чөлөөлөлтөөр бүртгэх хүртэл) \`consumes\` заалтад нь мэдээлнэ.

Буруу:
  interface tax_api "Татварын API" { provider tax_registry via khur style rest version "3.1.0" deprecated … }

  system payroll "Цалингийн систем" { owner mof consumes tax_api }

Зөв:
  system payroll "Цалингийн систем" { owner mof consumes tax_api_v4 }`,
    consumed: ({ system, api }) =>
      `${label('system', system)} ашиглалтаас хасагдах (\`deprecated\`) ${labelIn('interface', api, 'accusative')} хэрэглэдэг; залгамжлагч интерфейс рүү нь шилжих, эсвэл энэ хэрэглээг дуусгана уу (\`until\` үе шат)`,
  },
  'sla-required': {
    summary:
      '`high` эсвэл `critical` ач холбогдлын зэрэгтэй системийн хэрэглэдэг интерфейс SLA-даа дор хаяж 99.0% (`high`) эсвэл 99.5% (`critical`) бэлэн байдал заана.',
    explanation: `Систем өөрийн хамаардаг интерфейсүүдээс илүү бэлэн байж чадахгүй. Систем \`high\` эсвэл \`critical\` ач
холбогдлын зэрэгтэй бол түүний хэрэглэдэг интерфейс бүр \`sla\` блокдоо бэлэн байдлыг амлах ёстой:
\`high\` хэрэглэгчид дор хаяж 99.0%, \`critical\` хэрэглэгчид 99.5%. Дутуу эсвэл доогуур үзүүлэлтийг
хэрэглээ бүрт нэг удаа, \`consumes\` заалтад мэдээлнэ.

Буруу:
  interface tax_api "Татварын API" { provider tax_registry via khur style rest version "3.1.0" … }

  system payroll "Цалингийн систем" { owner mof criticality critical consumes tax_api }

Зөв:
  interface tax_api "Татварын API" {
    provider tax_registry
    via khur
    style rest
    version "3.1.0"
    sla { availability 99.9% latency 800ms }
    …
  }`,
    insufficient: ({ criticality, system, api, availability, required }) =>
      `${label('system', system)} (ач холбогдлын зэрэг \`${criticality}\`) ${labelIn('interface', api, 'accusative')} хэрэглэдэг боловч тэр интерфейс ` +
      `${availability === undefined ? 'SLA бэлэн байдал заагаагүй' : `зөвхөн ${availability}% бэлэн байдал амладаг`}; ` +
      `ийм зэрэгтэй хэрэглэгчид дор хаяж ${required}% шаардлагатай: нийлүүлэгчтэй нь \`sla { availability ${required}% }\` буюу түүнээс дээш түвшинг тохиролцох, эсвэл өөр интерфейс хэрэглэнэ үү`,
  },
  'legally-binding-signed': {
    summary:
      'Хууль зүйн хүчинтэй баримт бичгийн эх сурвалж систем түүнд `advanced` эсвэл `qualified` түвшний цахим гарын үсэг зурна, эсвэл цахим тамга дарна.',
    explanation: `\`legally-binding\` гэж тэмдэглэсэн баримт бичиг (төрсний гэрчилгээ, шүүхийн шийдвэр, лиценз) түүнийг
гаргасан байгууллага өөрөө гаргасан, өөрчлөгдөөгүй гэдгээ нотолж чадах үед л хууль зүйн үр
дагавартай. Баримт бичгийн эх сурвалж систем бол түүнийг гаргагч тул \`advanced\` эсвэл \`qualified\`
түвшинд түүнд цахим гарын үсэг зурах (\`signs\`, хүний гарын үсэг) эсвэл цахим тамга дарах (\`seals\`,
байгууллагын цахим тамга) ёстой; \`simple\` гарын үсэг шүүхэд юу ч нотлохгүй. Илрэлийг тэгдэггүй эх
сурвалж бүрийн \`masters\` заалтад мэдээлнэ.

Буруу:
  data birth_cert "Төрсний гэрчилгээ" { owner gasr kind document legally-binding }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    masters birth_cert // nothing signs or seals it
  }

Зөв:
  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    masters birth_cert
    signs birth_cert { level qualified format PAdES with issuing_ca timestamp tsa }
  }`,
    unsigned: ({ data, system, reference, levels }) =>
      `хууль зүйн хүчинтэй ${labelIn('data', data, 'genitive')} эх сурвалж ${label('system', system)} ` +
      `${levels.length === 0 ? 'түүнд цахим гарын үсэг зурдаггүй, цахим тамга ч дардаггүй' : `түүнд зөвхөн ${levels.map((level) => (level ? `\`${level}\` түвшинд` : 'түвшин заалгүйгээр')).join(' эсвэл ')} цахим гарын үсэг зурдаг эсвэл цахим тамга дардаг`}; ` +
      `${labelIn('system', system, 'dative')} \`advanced\` эсвэл \`qualified\` түвшний \`signs ${reference} { level qualified format … with … }\` (эсвэл \`seals\`) заалт нэмнэ үү`,
  },
  'interface-signature': {
    summary: 'Хууль зүйн хүчинтэй баримт бичиг дамжуулдаг интерфейс `advanced` эсвэл `qualified` түвшний `signature` блоктой байна.',
    explanation: `Интерфейс \`legally-binding\` баримт бичиг дамжуулах үед хүлээн авагч байгууллага эх хувь нь гартаа
байгаа мэт түүнд үндэслэн ажилладаг: хэн илгээснийг, замдаа өөрчлөгдөөгүйг нотлох чадвартай байх
ёстой. Тиймээс интерфейс мессежүүддээ цахим гарын үсэг зурна: \`advanced\` эсвэл \`qualified\` түвшний
\`signature { … }\` блок. Дутуу блокийг интерфейсийн эхний мөрөнд, сул түвшнийг \`signature\` блокод
мэдээлнэ.

Буруу:
  interface cert_service "Гэрчилгээ лавлах" {
    provider civil_registry
    operation get { output birth_cert } // birth_cert is legally-binding
  }

Зөв:
  interface cert_service "Гэрчилгээ лавлах" {
    provider civil_registry
    signature { level advanced format XAdES with issuing_ca timestamp tsa }
    operation get { output birth_cert }
  }`,
    unsigned: ({ api, data }) =>
      `${label('interface', api)} хууль зүйн хүчинтэй ${codeList(data, 5)} ${data.length === 1 ? 'өгөгдлийн санг' : 'өгөгдлийн сангуудыг'} дамжуулдаг боловч мессежүүддээ цахим гарын үсэг зурдаггүй; ` +
      `\`signature { level qualified format XAdES with … }\` блок нэмнэ үү (\`advanced\` эсвэл \`qualified\` түвшин)`,
    weak: ({ api, data, level }) =>
      `${label('interface', api)} хууль зүйн хүчинтэй ${codeList(data, 5)} ${data.length === 1 ? 'өгөгдлийн санг' : 'өгөгдлийн сангуудыг'} дамжуулдаг боловч мессежүүддээ зөвхөн ${level ? `\`${level}\` түвшинд` : 'түвшин заалгүйгээр'} цахим гарын үсэг зурдаг; ` +
      `\`signature\` блокдоо \`level advanced\` эсвэл \`level qualified\` гэж заана уу`,
  },
  'accredited-trust': {
    summary:
      '`advanced` эсвэл `qualified` цахим гарын үсэг тэр түвшин, форматыг жагсаасан, магадлан итгэмжлэгдсэн итгэмжлэлийн үйлчилгээг `with` заалтаар нэрлэж, `timestamp` заалт нь магадлан итгэмжлэгдсэн `tsa` байна.',
    explanation: `Хууль \`advanced\` эсвэл \`qualified\` цахим гарын үсгийг зөвхөн түүний ард буй гэрчилгээ магадлан
итгэмжлэгдсэн итгэмжлэлийн үйлчилгээнээс (итгэмжлэгдсэн үйлчилгээний улсын жагсаалтад орсон), тэр
түвшин болон тэр гарын үсгийн форматаар магадлан итгэмжлэгдсэн үйлчилгээнээс олгогдсон үед хүлээн
зөвшөөрдөг. Цагийн тэмдэгтэй бол тэр нь мөн магадлан итгэмжлэгдсэн цагийн тэмдгийн үйлчилгээнээс
(\`tsa\` төрлийн) ирэх ёстой. Энэ нь \`advanced\` эсвэл \`qualified\` түвшний \`signs\`, \`seals\` заалт болон
интерфейсийн \`signature\` блокт хамаарна; гэрчилгээнүүд болон тэдгээрийн дээрх олгогчдын хүчинтэй
эсэх нь \`certificate-valid\` дүрмийн асуудал.

Буруу:
  trust private_ca "Хувийн CA" { kind ca operator gasr levels advanced formats PAdES }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with private_ca } // not accredited
  }

Зөв:
  trust issuing_ca "Гэрчилгээ олгогч төв" { kind ca operator gasr accredited levels advanced, qualified formats PAdES, XAdES }
  trust tsa "Цаг баталгаажуулах" { kind tsa operator gasr accredited }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with issuing_ca timestamp tsa }
  }`,
    signing: ({ system, signing, data }) => `${labelIn('system', system, 'genitive')} \`${signing} ${data}\` заалт`,
    messageSignature: ({ api }) => `${labelIn('interface', api, 'genitive')} мессежийн цахим гарын үсэг`,
    unrecognised: ({ signature, level, format, noFormat, noService, service, serviceLacks, stamp, stampLacks }) => {
      const faults: string[] = [];
      const fixes: string[] = [];
      const listing = `${format ? `\`${level}\` түвшин, \`${format}\` форматыг` : `\`${level}\` түвшнийг`} жагсаасан, магадлан итгэмжлэгдсэн итгэмжлэлийн үйлчилгээг`;
      if (noService) {
        faults.push('итгэмжлэлийн үйлчилгээ нэрлээгүй');
        fixes.push(`\`with\` заалтаар ${listing} нэмэх`);
      }
      if (service && serviceLacks.length > 0) {
        const lacks = serviceLacks.map((lack) =>
          lack === 'accreditation'
            ? 'магадлан итгэмжлэгдээгүй'
            : lack === 'level'
              ? `\`${level}\` түвшнийг жагсаагаагүй`
              : `\`${format}\` форматыг жагсаагаагүй`,
        );
        faults.push(`${labelIn('trust', service, 'dative')} найддаг бөгөөд тэр нь ${lacks.join(', ')}`);
        fixes.push(`\`with\` заалтаар ${listing} нэрлэх`);
      }
      if (service && noFormat) {
        faults.push('формат заагаагүй');
        fixes.push(`${labelIn('trust', service, 'genitive')} жагсаасан форматуудын нэгийг \`format\` заалтаар нэмэх`);
      }
      if (stamp) {
        faults.push(
          `цагийн тэмдгийг ${labelIn('trust', stamp, 'ablative')} авдаг бөгөөд тэр нь ${stampLacks.map((lack) => (lack === 'accreditation' ? 'магадлан итгэмжлэгдээгүй' : `\`tsa\` төрлийнх биш`)).join(', ')}`,
        );
        fixes.push(`\`timestamp\` заалтаар \`tsa\` төрлийн, магадлан итгэмжлэгдсэн итгэмжлэлийн үйлчилгээг нэрлэх`);
      }
      return `${signature} \`${level}\` түвшнийх боловч ${faults.join(', мөн ')}; ${fixes.join(', ')} хэрэгтэй`;
    },
  },
  'certificate-valid': {
    summary:
      'Цахим гарын үсгийн найддаг итгэмжлэлийн үйлчилгээний (болон түүний олгогчдын) гэрчилгээ бүр үнэлгээний огноонд хүчинтэй; 90 хоногийн дотор дуусах гэрчилгээ анхааруулга болно.',
    explanation: `Цахим гарын үсэг нь \`with\` эсвэл \`timestamp\` заалтаар нэрлэсэн итгэмжлэлийн үйлчилгээнд (\`signs\`,
\`seals\`, \`verifies\` заалт болон интерфейсийн \`signature\` блокт) болон тэдгээрийн дээрх гэрчилгээ
олгогч төвүүдэд (\`issuer\`) найддаг. Тэдгээрийн аль нэгний гэрчилгээ үнэлгээний огноонд (gea.yaml
дахь \`evaluation-date\`, анхдагчаар өнөөдөр) хугацаа нь дууссан, эсвэл хараахан хүчин төгөлдөр
болоогүй бол шинэ гарын үсэг зурах боломжгүй, одоо байгаа гарын үсгүүд ч баталгаажихаа болино.
Огноонд тухайн өдөр орно: гэрчилгээ \`valid-until\` өдөртөө хүчинтэй. 90 хоногийн дотор дуусах
гэрчилгээг цагт нь сунгуулахаар анхааруулга болгоно. Илрэлийг гэрчилгээнд нэг удаа мэдээлж, түүнд
найддаг цахим гарын үсгүүдийг нэрлэнэ.

Буруу (2026-06-01 өдөр үнэлэхэд):
  trust issuing_ca "Гэрчилгээ олгогч төв" {
    kind ca
    operator gasr
    accredited
    issuer root_ca
    certificate "MNICA-2021" { valid-from 2021-02-01 valid-until 2026-02-01 } // expired
  }

Зөв:
  trust issuing_ca "Гэрчилгээ олгогч төв" {
    kind ca
    operator gasr
    accredited
    issuer root_ca
    certificate "MNICA-2026" { valid-from 2026-01-15 valid-until 2031-01-15 }
  }`,
    signing: ({ system, signing, data }) => `${labelIn('system', system, 'genitive')} \`${signing} ${data}\` заалт`,
    messageSignature: ({ api }) => `${labelIn('interface', api, 'genitive')} мессежийн цахим гарын үсэг`,
    notYetValid: ({ subject, trust, validFrom, evaluationDate, relying }) =>
      `${labelIn('trust', trust, 'genitive')} "${subject}" гэрчилгээ ${validFrom} өдрөөс өмнө хүчингүй (үнэлгээний огноо ${evaluationDate}) бөгөөд түүнд ${list(relying, 5)} найддаг; ` +
      `түүний \`valid-from\` заалтыг засах, эсвэл гэрчилгээ нь аль хэдийн хүчинтэй итгэмжлэлийн үйлчилгээнд найдна уу`,
    expired: ({ subject, trust, validUntil, evaluationDate, relying }) =>
      `${labelIn('trust', trust, 'genitive')} "${subject}" гэрчилгээний хугацаа ${validUntil} өдөр дууссан (үнэлгээний огноо ${evaluationDate}) бөгөөд түүнд ${list(relying, 5)} найддаг; ` +
      'түүнийг шинэчилсэн гэрчилгээгээр солих, эсвэл эдгээр цахим гарын үсгийг гэрчилгээ нь хүчинтэй итгэмжлэлийн үйлчилгээ рүү шилжүүлнэ үү',
    expiring: ({ subject, trust, validUntil, days, evaluationDate, relying }) =>
      `${labelIn('trust', trust, 'genitive')} "${subject}" гэрчилгээний хугацаа ${validUntil} өдөр, үнэлгээний огноо ${evaluationDate} өдрөөс ${days} хоногийн дараа дуусна, ` +
      `түүнд ${list(relying, 5)} найддаг; хугацаа нь дуусахаас өмнө сунгана уу`,
  },
  'long-term-validation': {
    summary:
      'Хадгалах хугацаа нь гарын үсэг зурсан гэрчилгээнийхээс урт баримт бичгийн цахим гарын үсэг, цахим тамга `tsa` төрлийн `timestamp` итгэмжлэлийн үйлчилгээг нэрлэнэ.',
    explanation: `Цахим гарын үсгийн ард буй гэрчилгээний хугацаа дууссаны дараа ч гарын үсгийг шалгаж болно, гэхдээ
гэрчилгээ хүчинтэй байхад зурсныг итгэмжлэгдсэн цагийн тэмдэг нотолсон тохиолдолд л. Тиймээс баримт
бичгийг (\`retention\`, үнэлгээний огнооноос тоолно; жил нь хуанлийн жил тул 2026-06-01 өдрөөс \`10y\`
гэвэл 2036-06-01 хүртэл) түүнд гарын үсэг зурсан эсвэл тамга дарсан \`with\` итгэмжлэлийн үйлчилгээний
гэрчилгээнүүдийн хамгийн сүүлийн \`valid-until\` огнооноос хойш хадгалах бол түүний \`signs\` эсвэл
\`seals\` заалт \`tsa\` төрлийн \`timestamp\` итгэмжлэлийн үйлчилгээг нэрлэх ёстой. (\`verifies\` заалт
болон интерфейсийн цахим гарын үсэг архивлах баримт бичиг биш тул шалгагдахгүй.)

Буруу:
  data marriage_cert "Гэрлэлтийн гэрчилгээ" { owner gasr kind document legally-binding retention 75y }
  trust private_ca "CA" { kind ca operator gasr certificate "PRIV-CA" { valid-from 2024-01-01 valid-until 2030-01-01 } }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with private_ca } // no timestamp
  }

Зөв:
  trust tsa "Цаг баталгаажуулах" { kind tsa operator gasr accredited }

  system civil_registry "Иргэний бүртгэл" {
    owner gasr
    signs marriage_cert { level advanced format PAdES with private_ca timestamp tsa }
  }`,
    unstamped: ({ data, retention, keptUntil, service, validUntil, system, signing, stamp }) =>
      `${labelIn('data', data, 'accusative')} \`${retention}\` хугацаагаар (${keptUntil === undefined ? '9999 оноос хойш' : `${keptUntil} хүртэл`}) хадгалах нь ${labelIn('trust', service, 'genitive')} сүүлийн гэрчилгээнээс (${validUntil} хүртэл хүчинтэй) урт, ` +
      `гэвч ${labelIn('system', system, 'genitive')} \`${signing}\` заалт ${stamp === undefined ? `\`timestamp\` нэрлээгүй` : `цагийн тэмдгийг ${labelIn('trust', stamp, 'ablative')} авдаг бөгөөд тэр нь \`tsa\` төрлийнх биш`}; ` +
      `гэрчилгээний хугацаа дууссаны дараа ч цахим гарын үсгийг нь шалгаж болохоор \`tsa\` төрлийн итгэмжлэлийн үйлчилгээг нэрлэсэн \`timestamp\` заалт нэмнэ үү`,
  },
  'open-data-allowed': {
    summary: '`open { }` блоктой өгөгдлийн сан нээлттэй (`public`) ангилалтай бөгөөд хувь хүний мэдээлэл агуулахгүй.',
    explanation: `Нээлттэй өгөгдлийг хэн ч татаж авч, дахин ашиглахаар хандалтын хяналтгүй, буцааж авах боломжгүйгээр
нийтэлдэг. Зөвхөн \`public\` (нээлттэй) ангилалтай (заагаагүй нууцлалын ангиллыг дотоод гэж тооцно),
\`privacy\` заалтгүй эсвэл \`privacy none\` гэж заасан, \`personal\` эсвэл \`sensitive\` гэж тэмдэглэсэн
талбаргүй өгөгдлийн сан л \`open { }\` блоктой байж болно. Оронд нь нэргүйжүүлсэн эсвэл нэгтгэсэн
өгөгдлийн санг нийтэлнэ үү. \`open\` блокод мэдээлнэ.

Буруу:
  data household_survey "Өрхийн судалгаа" {
    owner nso
    classification public
    field household_id string key
    field income decimal personal
    open { license "CC-BY-4.0" publisher nso cadence yearly }
  }

Зөв (хувь хүний мэдээллийн талбаргүй нэгтгэсэн өгөгдлийн санг нийтэлнэ):
  data household_income "Өрхийн орлогын дундаж" {
    owner nso
    classification public
    field aimag string key
    field mean_income decimal
    open { license "CC-BY-4.0" publisher nso cadence yearly }
  }`,
    notOpenable: ({ data, classification, classificationStated, privacy, fields }) => {
      const reasons = [
        ...(classification === undefined
          ? []
          : [
              classificationStated
                ? `нууцлалын ангилал нь \`${classification}\``
                : `нууцлалын ангилал заагаагүй (\`internal\` гэж тооцогдоно)`,
            ]),
        ...(privacy === undefined ? [] : [`\`privacy ${privacy}\` гэж заасан`]),
        ...(fields.length === 0
          ? []
          : [`\`personal\` эсвэл \`sensitive\` гэж тэмдэглэсэн ${codeList(fields)} ${fields.length === 1 ? 'талбартай' : 'талбаруудтай'}`]),
      ];
      return (
        `${labelIn('data', data, 'accusative')} нээлттэй өгөгдөл болгон нийтэлсэн боловч ${list(reasons)}; ` +
        `нээлттэй өгөгдөл \`classification public\` ангилалтай, хувь хүний мэдээлэлгүй байх ёстой: оронд нь нэргүйжүүлсэн өгөгдлийн сан нийтлэх, эсвэл \`open\` блокийг хасна уу`
      );
    },
  },
  'open-data-complete': {
    summary: '`open` блок лиценз, нийтлэгч, шинэчлэх давтамжаа нэрлэнэ.',
    explanation: `Нээлттэй өгөгдлийг хэрэглэгчид ашиглах нөхцөлийг нь (\`license\`), хэнээс асуухыг (\`publisher\`,
байгууллага), хэр шинэ болохыг (\`cadence\`: \`daily\`, \`weekly\`, \`monthly\`, \`quarterly\`, \`yearly\` эсвэл
\`irregular\`) мэдэж байж л дахин ашиглаж чадна. Улсын нээлттэй өгөгдлийн портал гурвууланг нь
шаарддаг. Зөвхөн эдгээр гурвыг шалгана; \`formats\` заавал биш. \`open\` блок бүрт нэг удаа, дутуу
зүйлсийг жагсаан мэдээлнэ.

Буруу:
  data trade "Гадаад худалдаа" {
    owner nso
    classification public
    field hs_code string key
    open { formats csv }
  }

Зөв:
  data trade "Гадаад худалдаа" {
    owner nso
    classification public
    field hs_code string key
    open { license "CC-BY-4.0" publisher nso cadence monthly formats csv }
  }`,
    incomplete: ({ data, missing }) =>
      `${labelIn('data', data, 'genitive')} \`open\` блок ${list(missing.map((name) => OPEN_PARTS[name].name))} заагаагүй; ` +
      `${list(missing.map((name) => OPEN_PARTS[name].example))} нэмнэ үү`,
  },
  'base-registry-shared': {
    summary: 'Суурь бүртгэлийг мэдээлэл солилцооны платформоор дамждаг дор хаяж нэг интерфейс дамжуулна.',
    explanation: `Суурь бүртгэл (\`base-registry\`) бол нэг удаа цуглуулах зарчмын дагуу байгууллага бүр дахин
цуглуулахын оронд дахин ашиглах ёстой төрийн эх сурвалж бүртгэл юм. Энэ нь дор хаяж нэг интерфейс
түүнийг \`exchange\` төрлийн платформоор (улсын мэдээлэл солилцооны платформ, ХУР) \`via\` заалтаар
дамжуулж байж л хэрэгжинэ. Ийм интерфейсгүй үе шат бүрт өгөгдлийн сангийн эхний мөрөнд мэдээлнэ.

Буруу:
  data citizen "Иргэний бүртгэл" { owner gasr kind registry base-registry field register_no string key }
  system civil_registry "Иргэний бүртгэлийн систем" { owner gasr masters citizen }

Зөв:
  interface citizen_lookup "Иргэний лавлагаа" {
    provider civil_registry
    via khur
    style rest
    version "1.0.0"
    classification restricted
    operation get_citizen { method GET path "/citizens/{register_no}" output citizen { register_no } }
  }`,
    unshared: ({ data }) =>
      `\`${data}\` суурь бүртгэлийг мэдээлэл солилцооны платформоор дамждаг ямар ч интерфейс дамжуулдаггүй; ` +
      `бусад байгууллага хуулбарлахын оронд дахин ашиглахаар түүнийг \`exchange\` төрлийн платформоор \`via\` заалтаар дамждаг интерфейсээр санал болгоно уу`,
  },
  'duplicate-data': {
    summary: 'Хоёр байгууллага ижил түлхүүртэй, ихэнх талбар нь ижил өгөгдлийн сан хадгалахгүй.',
    explanation: `Нэг удаа цуглуулах зарчмын дагуу төр нэг мэдээллийг нэг удаа, ганц эх сурвалж бүртгэлд цуглуулж,
бусад нь түүнийг дахин ашигладаг. Өөр өөр байгууллагын (эзэмшигчийн) хоёр өгөгдлийн сан ижил нэртэй
\`key\` талбартай бөгөөд жижиг сангийнх нь талбарын нэрсийн дор хаяж тал нь давхцаж байвал нэг
өгөгдлийг хоёр удаа цуглуулсан байх магадлалтай. Үе шат бүрт оршин буй сангуудын дунд шалгаж, эх
кодын дарааллаар (ажлын талбар дахь харьцангуй зам, дараа нь мөр) хожуу ирсэн сан бүрт нэг удаа,
түүний тодорхойлолтод, төстэй эхний өмнөх санг болон өөр хэдэн өмнөх сантай төстэйг нэрлэн мэдээлнэ.
Өгөгдөл үнэхээр ижил бол түүнийг эх сурвалжаас нь интерфейсээр хэрэглэж, зөвхөн өөрийнхөө өгөгдлийг
хадгална уу; ижил биш бол илрэлийг шалтгаантайгаар чөлөөлнө үү.

Буруу:
  data citizen "Иргэний бүртгэл" { owner gasr field register_no string key field surname string }

  data taxpayer "Татвар төлөгч" {
    owner mta
    field register_no string key
    field surname string
    field tin string
  }

Зөв (татварын байгууллага зөвхөн өөрийн өгөгдлөө хадгалж, иргэний бүртгэлийг дахин ашиглана):
  data taxpayer "Татвар төлөгч" { owner mta field tin string key field register_no string }

  system tax_registry "Татварын бүртгэл" { owner mta masters taxpayer consumes gasr_citizen_lookup { … } }`,
    lookalike: ({ data, owner, earlier, earlierOwner, others, keys, fields, smaller }) =>
      `${labelIn('agency', owner, 'genitive')} ${label('data', data)} ${labelIn('agency', earlierOwner, 'genitive')} ${labelIn('data', earlier, 'genitive')}` +
      `${others === 0 ? '' : ` (мөн өөр ${others} сангийн)`} хуулбар шиг харагдаж байна: ` +
      `хоёулаа ${codeList(keys)} түлхүүртэй бөгөөд ${codeList(fields)} талбарын нэрс давхцаж байна (жижиг сангийн ${smaller} талбарын ${fields.length}); ` +
      `хэрэв ижил өгөгдөл бол түүнийг ${labelIn('data', earlier, 'genitive')} эх сурвалжаас интерфейсээр хэрэглэж, зөвхөн өөрийнхөө өгөгдлийг үлдээх, үгүй бол энэ илрэлийг шалтгаантайгаар чөлөөлнө үү`,
  },
  'name-required': {
    summary:
      'Хууль, үе шат, байгууллага, платформ, итгэмжлэлийн үйлчилгээ, өгөгдлийн сан, систем, интерфейс бүр үндсэн хэлээр нэртэй байна.',
    explanation: `Танигч загварт зориулагдсан; диаграм, тайлан, сайт нэрийг харуулдаг. Үндсэн хэлээр нэргүй элемент
архитектурыг уншдаг хүмүүст зөвхөн танигч байдлаар харагдана. Нэрийг танигчийн дараах тэмдэгт мөр
байдлаар (энэ нь үндсэн хэлний нэр), эсвэл үндсэн хэлээр \`name LOCALE "…"\` гэж бичнэ. Тодорхойлолтын
эхний мөрөнд мэдээлнэ.

Буруу:
  agency sia { kind agency }

Зөв:
  agency sia "Нийгмийн даатгалын ерөнхий газар" { kind agency }`,
    unnamed: ({ kind, element, locale, localName }) =>
      `${labelIn(kind, element, 'dative')} үндсэн хэл (\`${locale}\`) дээрх нэр алга; түүнийг танигчийн дараа бичнэ үү: \`${kind} ${localName} "…"\``,
  },
  'name-translation': {
    summary: 'Үндсэн хэлээр нэртэй элемент бүр `locales` дахь бусад хэл тус бүрээр нэртэй байна.',
    explanation: `gea.yaml файлдаа хэд хэдэн хэлийг \`locales\` заалтаар жагсаасан ажлын талбар диаграм, тайлан, сайтаа
тэдгээр хэл бүрээр нийтэлдэг; аль нэг хэлээр нэргүй элемент тэнд үндсэн хэлний нэрээрээ харагдана.
Үндсэн хэлээр нэргүй элемент бол \`name-required\` дүрмийн асуудал. Элемент бүрт нэг удаа,
тодорхойлолтын эхний мөрөнд, дутуу хэлүүдийг жагсаан мэдээлнэ.

Буруу (\`locales: [mn, en]\`):
  agency gasr "Улсын бүртгэлийн ерөнхий газар" { kind agency }

Зөв:
  agency gasr "Улсын бүртгэлийн ерөнхий газар" {
    name en "General Authority for State Registration"
    kind agency
  }`,
    untranslated: ({ kind, element, locales }) =>
      `${labelIn(kind, element, 'dative')} ${codeList(locales)} хэлээрх нэр алга; түүнд ${codeList(locales.map((locale) => `name ${locale} "…"`))} заалт нэмнэ үү`,
  },
  'unused-waiver': {
    summary: 'Чөлөөлөлт өөрийн үйлчлэх аль нэг үе шатанд ямар нэг илрэлтэй таарна.',
    explanation: `Чөлөөлөлт хүлээн зөвшөөрсөн үл хамаарах тохиолдлыг бүртгэнэ: аль дүрмийг, аль элемент дээр, яагаад,
хэзээнээс хэзээ хүртэл. Энэ нь амьдралын мөчлөгийнх нь зөвшөөрсөн үе шатуудад (\`from P\` хүрсэн,
\`until Q\` хараахан болоогүй) үйлчилж, тэдгээрийн аль нэгэнд илрэлтэй таарвал, өөр чөлөөлөлт мөн тэр
илрэлтэй таарсан ч ашиглагдсанд тооцогдоно. Загварыг засварласны дараа, эсвэл чөлөөлөлт буруу дүрэм,
элемент, үе шат нэрлэсэн бол юуг ч чөлөөлөхгүй — харин ашиглагдаагүй чөлөөлөлт тэр элемент дээрх
дараагийн жинхэнэ асуудлыг чимээгүйхэн чөлөөлөх аюултай. Түүнийг хасна уу. Чөлөөлөлт зөвхөн
интеграцийн дүрмүүдэд үйлчилнэ; \`syntax\`, \`unresolved-reference\`, \`duplicate-name\`, \`plateau-order\`
дүрмийг нэрлэсэн чөлөөлөлт хэзээ ч таарахгүй, \`unused-waiver\` дүрмийг нэрлэсэн нь ч мөн адил
(ашиглагдаагүй чөлөөлөлтийг чөлөөлөх биш, хасдаг). Ажлын талбарт шийдэгдээгүй нэр байх үед ямар ч
чөлөөлөлтийг ашиглагдаагүй гэж мэдээлэхгүй: түүний чөлөөлөх зүйлийг тэр нэр нууж байж болно (харагдац
эсвэл чөлөөлөлт доторх нэр юуг ч нуудаггүй); харин
аль нэг элементэд заавал байх шинж дутуу байх үед (\`owner-required\`, \`interface-complete\`) зөвхөн
энэ хоёр дүрмийн чөлөөлөлтийг мэдээлнэ, учир нь бусад дүрэм тэр элементийг шалгадаггүй. Эхний үе шатанд
\`until\` хүрдэг чөлөөлөлт хаана ч үйлчлэхгүй: хугацаа нь дууссан гэж мэдээлнэ. Зарим үе шатыг шалгахад
(\`--plateau\`) шалгаагүй үе шатанд мөн үйлчлэх чөлөөлөлтийг ашиглагдаагүй гэж мэдээлэхгүй. Чөлөөлөлтөд мэдээлнэ.

Буруу (\`tax_system\` системд хуучин хамаарал үлдээгүй):
  waiver direct_db { rule cross-agency-via-platform on tax_system reason "шилжилт" until target }

Зөв: \`depends-on\` заалт арилмагц чөлөөлөлтийг устгана.`,
    unused: ({ waiver, rule, on, plateaus, everywhere }) =>
      `${label('waiver', waiver)} \`${on}\` дээрх \`${rule}\` дүрмийг чөлөөлдөг боловч тэр дүрэм тэнд` +
      `${plateaus.length === 0 ? ' чөлөөлөлт үйлчлэх аль ч үе шатанд' : everywhere ? '' : ` чөлөөлөлт үйлчлэх үе шатуудад (${codeList(plateaus)})`} юу ч илрүүлэхгүй байна; чөлөөлөлтийг хасна уу`,
    appliesNowhere: ({ waiver, until }) =>
      `${label('waiver', waiver)} \`until ${until}\` буюу эхний үе шатанд дуусдаг тул аль ч үе шатанд үйлчлэхгүй; \`until\`-ийг үл хамаарах тохиолдол дуусах үе шат руу шилжүүлэх эсвэл чөлөөлөлтийг хасна уу`,
    notWaivable: ({ waiver, rule }) =>
      `${label('waiver', waiver)} \`${rule}\` дүрмийг нэрлэсэн боловч түүнийг чөлөөлөх боломжгүй (зөвхөн интеграцийн дүрмийг чөлөөлнө); чөлөөлөлтийг хасаад загвараа засна уу`,
    selfWaiver: ({ waiver }) =>
      `${label('waiver', waiver)} \`unused-waiver\` дүрмийг нэрлэсэн боловч түүнийг чөлөөлөх боломжгүй: юу ч чөлөөлөхгүй чөлөөлөлтийг чөлөөлөх биш, хасдаг; энэ чөлөөлөлт болон түүний зориулсан чөлөөлөлтийг хасна уу (эсвэл gea.yaml файлд \`unused-waiver: off\` гэж тохируулна уу)`,
  },
};
