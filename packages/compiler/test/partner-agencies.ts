// A small model whose views get too dense once drawn badly: agency `home`, whose registry three
// partner agencies (two systems each) consume via ХУР.
export const PARTNER_AGENCIES = [
  'agency home "Гэр" { name en "Home" kind agency }',
  'agency ndc "ҮДТ" { kind agency }',
  'platform khur "ХУР" { kind exchange operator ndc }',
  'data citizen "Иргэн" { owner home kind registry base-registry field rn string key }',
  'system registry "Бүртгэл" { owner home masters citizen }',
  'interface lookup "Лавлагаа" { provider registry via khur style rest version "1" operation get { output citizen { rn } } }',
  ...[0, 1, 2].flatMap((p) => [
    `agency p${p} "Түнш ${p}" { kind agency }`,
    ...['x', 'y'].map((s) => `system p${p}_${s} "Систем ${p}${s}" { owner p${p} consumes lookup }`),
  ]),
].join('\n');
