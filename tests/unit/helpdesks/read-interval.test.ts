import { describe, expect, it } from 'vitest';
import { DRAFT_READ_INTERVAL_MS, draftReadInterval } from '../../../lib/helpdesks/read-interval';

describe('how often a draft is read while the agent types', () => {
  it.each([
    [0, DRAFT_READ_INTERVAL_MS],
    [600, DRAFT_READ_INTERVAL_MS],
    [6_000, DRAFT_READ_INTERVAL_MS],
    [30_000, 200],
    [1_000_000, 250],
  ])('%i characters: every %i ms', (length, interval) => {
    expect(draftReadInterval(length)).toBe(interval);
  });

  it('never reads more often than the shortest interval asked for', () => {
    expect(draftReadInterval(1_000_000, 400)).toBe(400);
  });
});
