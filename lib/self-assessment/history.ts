import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { draftOutcomeSchema, type DraftOutcome } from './outcome';

// The agent's private history: only in this browser's local storage, never synced or sent. It holds
// outcomes (counts, rule ids, days) and the agent's on/off choice, nothing else.

/** Enough for years of replies at a few dozen a day, small enough to stay far below the storage quota. */
export const MAX_OUTCOMES = 5_000;

export interface SelfAssessmentHistory {
  /** Off: finished drafts are not recorded; what is already there stays until cleared. */
  enabled: boolean;
  /** Oldest first. */
  outcomes: DraftOutcome[];
}

const emptyHistory = (): SelfAssessmentHistory => ({ enabled: true, outcomes: [] });

export const selfAssessmentItem = storage.defineItem<SelfAssessmentHistory>('local:selfAssessment', {
  fallback: emptyHistory(),
  version: 1,
});

// Another version of the extension (or a hand edit) may have written something else: keep every
// outcome that still has the expected shape rather than losing the whole history over one bad entry.
const storedHistorySchema = z.object({
  enabled: z.boolean().catch(true),
  outcomes: z.array(z.unknown()).catch([]),
});

function validated(value: unknown): SelfAssessmentHistory {
  const parsed = storedHistorySchema.safeParse(value);
  if (!parsed.success) return emptyHistory();
  const outcomes = parsed.data.outcomes.flatMap((outcome) => {
    const checked = draftOutcomeSchema.safeParse(outcome);
    return checked.success ? [checked.data] : [];
  });
  return { enabled: parsed.data.enabled, outcomes };
}

export async function readHistory(): Promise<SelfAssessmentHistory> {
  return validated(await selfAssessmentItem.getValue());
}

/** Calls back with the validated history whenever any context changes it. Returns the unsubscribe. */
export function watchHistory(onChange: (history: SelfAssessmentHistory) => void): () => void {
  return selfAssessmentItem.watch((value) => onChange(validated(value)));
}

// Writes from this context run one after another, so two tabs finishing a reply at the same moment
// cannot overwrite each other's outcome (each write reads what the previous one left).
let pending: Promise<unknown> = Promise.resolve();

function update(change: (history: SelfAssessmentHistory) => SelfAssessmentHistory | null): Promise<SelfAssessmentHistory> {
  const next = pending.then(async () => {
    const current = await readHistory();
    const changed = change(current);
    if (!changed) return current;
    await write(changed);
    return changed;
  });
  pending = next.catch(() => undefined);
  return next;
}

/** The default state (on, nothing recorded) is stored as no key at all, so clearing leaves nothing behind. */
async function write(history: SelfAssessmentHistory): Promise<void> {
  if (history.enabled && history.outcomes.length === 0) await selfAssessmentItem.removeValue({ removeMeta: true });
  else await selfAssessmentItem.setValue(history);
}

/** Adds a finished draft's outcome, dropping the oldest beyond `MAX_OUTCOMES`. Does nothing while switched off. */
export function record(outcome: DraftOutcome): Promise<SelfAssessmentHistory> {
  return update((history) => {
    if (!history.enabled) return null;
    return { enabled: true, outcomes: [...history.outcomes, outcome].slice(-MAX_OUTCOMES) };
  });
}

/** Forgets every outcome. The on/off choice is kept: clearing must not switch recording back on. */
export function clear(): Promise<SelfAssessmentHistory> {
  return update((history) => ({ enabled: history.enabled, outcomes: [] }));
}

export function setEnabled(enabled: boolean): Promise<SelfAssessmentHistory> {
  return update((history) => (history.enabled === enabled ? null : { enabled, outcomes: history.outcomes }));
}
