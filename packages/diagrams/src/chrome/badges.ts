// Small pills on a node or group: its status and classification marks (the second, textual cue
// besides colour and border) and the model's own markers, as many as fit, then `+n`.
import type { Fonts } from '../fonts/fonts.js';

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
export const BADGE_GAP = 4;

export function badgeWidth(fonts: Fonts, text: string): number {
  return fonts.width(text, BADGE_FONT_SIZE, true) + 2 * PADDING;
}

/** Width of `badges` side by side. */
export function rowWidth(fonts: Fonts, badges: readonly Badge[]): number {
  return badges.reduce((sum, badge, index) => sum + badgeWidth(fonts, badge.text) + (index > 0 ? BADGE_GAP : 0), 0);
}

/**
 * The badges to draw within `maxWidth`: the required ones always, then tags while they fit, then
 * `+n` for the tags left out (they are in the tooltip).
 */
export function fitBadges(fonts: Fonts, badges: readonly Badge[], maxWidth: number): Badge[] {
  const fitted: Badge[] = [];
  let width = 0;
  for (const [index, badge] of badges.entries()) {
    const remaining = badges.length - index - 1;
    const reserve = remaining > 0 ? BADGE_GAP + badgeWidth(fonts, `+${remaining}`) : 0;
    const next = width + (fitted.length > 0 ? BADGE_GAP : 0) + badgeWidth(fonts, badge.text);
    if (!badge.required && next + reserve > maxWidth) {
      fitted.push({ text: `+${badges.length - index}`, className: 'badge-tag', required: false });
      break;
    }
    fitted.push(badge);
    width = next;
  }
  return fitted;
}
