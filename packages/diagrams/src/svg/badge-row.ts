// Drawing badges: pills with their text, side by side (what fits is decided in chrome/badges.ts).
import { BADGE_FONT_SIZE, BADGE_GAP, BADGE_HEIGHT, badgeWidth, type Badge } from '../chrome/badges.js';
import type { Fonts } from '../fonts/fonts.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';

/** One pill whose left edge is `x` and whose vertical centre is `centreY`. */
function badgeElement(fonts: Fonts, badge: Badge, x: number, centreY: number): string {
  const width = badgeWidth(fonts, badge.text);
  const top = centreY - BADGE_HEIGHT / 2;
  // 0.35 em below the centre puts capitals and Cyrillic lower case visually centred.
  const textY = centreY + BADGE_FONT_SIZE * 0.35;
  return (
    `<g class="badge ${badge.className}"><rect x="${num(x)}" y="${num(top)}" width="${num(width)}" height="${BADGE_HEIGHT}" rx="${BADGE_HEIGHT / 2}"/>` +
    `<text class="bold" x="${num(x + width / 2)}" y="${num(textY)}" font-size="${BADGE_FONT_SIZE}" text-anchor="middle">${escapeXml(badge.text)}</text></g>`
  );
}

/** The badges side by side from `left`, centred on the line `centreY`. */
export function badgeRow(fonts: Fonts, badges: readonly Badge[], left: number, centreY: number): string {
  let x = left;
  return badges
    .map((badge) => {
      const element = badgeElement(fonts, badge, x, centreY);
      x += badgeWidth(fonts, badge.text) + BADGE_GAP;
      return element;
    })
    .join('');
}
