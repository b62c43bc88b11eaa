// A small two-agency landscape shared by the exchange and consumption rule tests, and a way to
// find the line a test's assertion is about without counting lines by hand.

/** gasr masters `citizen` (personal, restricted) and `stats` (public) and offers them via khur. */
export const EXCHANGE_BASE = `plateau current "Одоо" { date 2026-01-01 }
plateau target "Зорилт" { date 2028-12-31 }
law pdp_law "Хувийн мэдээлэл хамгаалах тухай хууль" { }
agency ndc "Дата төв" { kind agency }
agency gasr "Бүртгэл" { kind agency }
agency sia "Даатгал" { kind agency }
platform khur "ХУР" { kind exchange operator ndc }
platform portal "Портал" { kind portal operator ndc }
data citizen "Иргэн" {
  owner gasr classification restricted privacy personal
  field register_no string "РД" key
  field surname string "Овог"
  field address string "Хаяг"
}
data stats "Статистик" { owner gasr classification public field region string "Бүс" key field count integer "Тоо" }
system civil_registry "Бүртгэлийн систем" { owner gasr masters citizen, stats }
interface citizen_lookup "Иргэний лавлагаа" {
  provider civil_registry via khur style rest version "1.0.0" classification restricted consent dan
  operation get_citizen { method GET path "/citizens/{register_no}" input citizen { register_no } output citizen { register_no, surname } }
}
interface stats_api "Статистик" {
  provider civil_registry via khur style rest version "1.0.0" classification public
  operation get_stats { method GET path "/stats" output stats }
}
`;

/** The 1-based line of the only line of `source` that contains `marker`. */
export function lineOf(source: string, marker: string): number {
  const lines = source.split('\n');
  const found = lines.flatMap((text, index) => (text.includes(marker) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`expected one line containing ${JSON.stringify(marker)}, found ${found.length}`);
  return found[0]!;
}
