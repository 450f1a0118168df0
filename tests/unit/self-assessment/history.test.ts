import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clear, MAX_OUTCOMES, readHistory, record, selfAssessmentItem, setEnabled, watchHistory } from '../../../lib/self-assessment/history';
import { outcomeOn } from './outcomes';

const everythingStored = () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('self-assessment history', () => {
  it('starts switched on and empty, with nothing in storage', async () => {
    expect(await readHistory()).toEqual({ enabled: true, outcomes: [] });
    expect(await everythingStored()).toEqual({});
  });

  it('records outcomes in order under local:selfAssessment', async () => {
    await record(outcomeOn('2025-01-06'));
    await record(outcomeOn('2025-01-07'));
    const stored = (await everythingStored())['selfAssessment'] as { outcomes: { day: string }[] };
    expect(stored.outcomes.map((outcome) => outcome.day)).toEqual(['2025-01-06', '2025-01-07']);
  });

  it('does not lose outcomes recorded at the same moment', async () => {
    await Promise.all(['2025-01-06', '2025-01-07', '2025-01-08'].map((day) => record(outcomeOn(day))));
    expect((await readHistory()).outcomes).toHaveLength(3);
  });

  it('keeps only the most recent outcomes', async () => {
    const full = Array.from({ length: MAX_OUTCOMES }, () => outcomeOn('2025-01-06'));
    await selfAssessmentItem.setValue({ enabled: true, outcomes: full });
    await record(outcomeOn('2025-02-01'));
    const { outcomes } = await readHistory();
    expect(outcomes).toHaveLength(MAX_OUTCOMES);
    expect(outcomes.at(-1)?.day).toBe('2025-02-01');
  });

  it('records nothing while switched off, and keeps what was there', async () => {
    await record(outcomeOn('2025-01-06'));
    await setEnabled(false);
    await record(outcomeOn('2025-01-07'));
    expect(await readHistory()).toEqual({ enabled: false, outcomes: [outcomeOn('2025-01-06')] });
    await setEnabled(true);
    await record(outcomeOn('2025-01-08'));
    expect((await readHistory()).outcomes.map((outcome) => outcome.day)).toEqual(['2025-01-06', '2025-01-08']);
  });

  it('clearing leaves nothing behind in storage', async () => {
    await record(outcomeOn('2025-01-06'));
    await clear();
    expect(await everythingStored()).toEqual({});
    expect(await readHistory()).toEqual({ enabled: true, outcomes: [] });
  });

  it('clearing while switched off keeps it off, with no outcome left', async () => {
    await record(outcomeOn('2025-01-06'));
    await setEnabled(false);
    await clear();
    expect(await everythingStored()).toEqual({ selfAssessment: { enabled: false, outcomes: [] } });
  });

  it('drops stored entries that are not outcomes, and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ selfAssessment: { enabled: true, outcomes: [outcomeOn('2025-01-06'), { day: 'yesterday', draft: 'Hi Dana' }] } });
    expect((await readHistory()).outcomes).toEqual([outcomeOn('2025-01-06')]);
    await fakeBrowser.storage.local.set({ selfAssessment: 'garbage' });
    expect(await readHistory()).toEqual({ enabled: true, outcomes: [] });
  });

  it('tells watchers about every change', async () => {
    const seen: number[] = [];
    const unwatch = watchHistory((history) => seen.push(history.outcomes.length));
    await record(outcomeOn('2025-01-06'));
    await record(outcomeOn('2025-01-07'));
    await clear();
    unwatch();
    expect(seen).toEqual([1, 2, 0]);
  });
});
