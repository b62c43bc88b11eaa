// A small model whose views get too dense once drawn badly: agency `home`, whose registry
// partner agencies (two systems each) consume via ХУР.

/** The model with `partners` partner agencies. */
export function partnerAgencies(partners: number): string {
  return [
    'agency home "Гэр" { name en "Home" kind agency }',
    'agency ndc "ҮДТ" { kind agency }',
    'platform khur "ХУР" { kind exchange operator ndc }',
    'data citizen "Иргэн" { owner home kind registry base-registry field rn string key }',
    'system registry "Бүртгэл" { owner home masters citizen }',
    'interface lookup "Лавлагаа" { provider registry via khur style rest version "1" operation get { output citizen { rn } } }',
    ...Array.from({ length: partners }, (_, p) => [
      `agency p${p} "Түнш ${p}" { kind agency }`,
      ...['x', 'y'].map((s) => `system p${p}_${s} "Систем ${p}${s}" { owner p${p} consumes lookup }`),
    ]).flat(),
  ].join('\n');
}

/** Three partners: the home agency's context draws seven systems. */
export const PARTNER_AGENCIES = partnerAgencies(3);
