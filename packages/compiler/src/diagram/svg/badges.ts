// Small pills on a node or group: its status and classification marks (the second, textual cue
// besides colour and border) and the model's own markers, as many as fit, then `+n`.
import { textWidth } from '../text-measure.js';
import { escapeXml } from './escape.js';
import { num } from './format.js';

export interface Badge {
  readonly text: string;
  /** `badge-s-new`, `badge-c-secret`, `badge-tag`. */
  readonly className: string;
  /** Status and classification marks are always drawn; tags only while they fit. */
  readonly required: boolean;
}

export const BADGE_FONT_SIZE = 9;
export const BADGE_HEIGHT = 14;
const PADDING = 5;
const GAP = 4;

export function badgeWidth(text: string): number {
  return textWidth(text, BADGE_FONT_SIZE, true) + 2 * PADDING;
}

/** Width of `badges` side by side. */
export function rowWidth(badges: readonly Badge[]): number {
  return badges.reduce((sum, badge, index) => sum + badgeWidth(badge.text) + (index > 0 ? GAP : 0), 0);
}

/**
 * The badges to draw within `maxWidth`: the required ones always, then tags while they fit, then
 * `+n` for the tags left out (they are in the tooltip).
 */
export function fitBadges(badges: readonly Badge[], maxWidth: number): Badge[] {
  const fitted: Badge[] = [];
  let width = 0;
  for (const [index, badge] of badges.entries()) {
    const remaining = badges.length - index - 1;
    const reserve = remaining > 0 ? GAP + badgeWidth(`+${remaining}`) : 0;
    const next = width + (fitted.length > 0 ? GAP : 0) + badgeWidth(badge.text);
    if (!badge.required && next + reserve > maxWidth) {
      fitted.push({ text: `+${badges.length - index}`, className: 'badge-tag', required: false });
      break;
    }
    fitted.push(badge);
    width = next;
  }
  return fitted;
}

/** One pill whose left edge is `x` and whose vertical centre is `centreY`. */
function badgeElement(badge: Badge, x: number, centreY: number): string {
  const width = badgeWidth(badge.text);
  const top = centreY - BADGE_HEIGHT / 2;
  // 0.35 em below the centre puts Noto Sans capitals and Cyrillic lower case visually centred.
  const textY = centreY + BADGE_FONT_SIZE * 0.35;
  return (
    `<g class="badge ${badge.className}"><rect x="${num(x)}" y="${num(top)}" width="${num(width)}" height="${BADGE_HEIGHT}" rx="${BADGE_HEIGHT / 2}"/>` +
    `<text class="bold" x="${num(x + width / 2)}" y="${num(textY)}" font-size="${BADGE_FONT_SIZE}" text-anchor="middle">${escapeXml(badge.text)}</text></g>`
  );
}

/** The badges side by side from `left`, centred on the line `centreY`. */
export function badgeRow(badges: readonly Badge[], left: number, centreY: number): string {
  let x = left;
  return badges
    .map((badge) => {
      const element = badgeElement(badge, x, centreY);
      x += badgeWidth(badge.text) + GAP;
      return element;
    })
    .join('');
}
