import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** How often a rule fired, was fixed and was dismissed in this browser. Counts only: never text. */
export const RuleCounts = z.strictObject({
  fired: z.int().min(0),
  fixed: z.int().min(0),
  dismissed: z.int().min(0),
});
export type RuleCounts = z.infer<typeof RuleCounts>;
export type RuleStats = Record<string, RuleCounts>;
export type RuleEvent = keyof RuleCounts;

const RuleStatsSchema = z.record(z.string(), RuleCounts);

export const ruleStatsItem = storage.defineItem<RuleStats>('local:ruleStats', {
  fallback: {},
  version: 1,
  migrations: {},
});

export async function readRuleStats(): Promise<RuleStats> {
  return parsed(await ruleStatsItem.getValue());
}

// Writes from one context run one after another, so two quick events cannot both read the old
// counts and lose one. (Only the background records; the options page only reads and clears.)
let pending: Promise<unknown> = Promise.resolve();

/** Adds events to the counts in one write (several findings of an analysis are recorded together). */
export function recordRuleEvents(events: readonly { ruleId: string; event: RuleEvent; count?: number }[]): Promise<void> {
  const next = pending.then(async () => {
    if (events.length === 0) return;
    const stats = await readRuleStats();
    for (const { ruleId, event, count = 1 } of events) {
      const counts = (stats[ruleId] ??= { fired: 0, fixed: 0, dismissed: 0 });
      // A negative count takes an event back (a dismissal undone); never below zero.
      counts[event] = Math.max(0, counts[event] + count);
    }
    await ruleStatsItem.setValue(stats);
  });
  pending = next.catch(() => undefined);
  return next;
}

export function clearRuleStats(): Promise<void> {
  const next = pending.then(() => ruleStatsItem.removeValue());
  pending = next.catch(() => undefined);
  return next;
}

export function watchRuleStats(callback: (stats: RuleStats) => void): () => void {
  return ruleStatsItem.watch((value) => callback(parsed(value)));
}

function parsed(value: unknown): RuleStats {
  const result = RuleStatsSchema.safeParse(value);
  return result.success ? result.data : {};
}
