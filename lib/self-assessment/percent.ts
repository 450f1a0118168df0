import type { Share } from './summary';

/** "42%", or "–" when there was nothing to measure (never a misleading "0%"). */
export function percentText(share: Share): string {
  return share.share === null ? '–' : `${Math.round(share.share * 100)}%`;
}
