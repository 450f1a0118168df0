import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** Rule ids the agent chose "Don't show this again" for: the side panel adds, the options page removes. */
export const mutedRulesItem = storage.defineItem<string[]>('local:mutedRules', {
  fallback: [],
  version: 1,
  migrations: {},
});

const MutedRules = z.array(z.string());

export async function getMutedRules(): Promise<string[]> {
  const parsed = MutedRules.safeParse(await mutedRulesItem.getValue());
  return parsed.success ? parsed.data : [];
}

export async function muteRule(ruleId: string): Promise<void> {
  const muted = await getMutedRules();
  if (!muted.includes(ruleId)) await mutedRulesItem.setValue([...muted, ruleId]);
}

export async function unmuteRule(ruleId: string): Promise<void> {
  const muted = await getMutedRules();
  if (muted.includes(ruleId)) await mutedRulesItem.setValue(muted.filter((id) => id !== ruleId));
}

export function watchMutedRules(callback: (muted: string[]) => void): () => void {
  return mutedRulesItem.watch((value) => {
    const parsed = MutedRules.safeParse(value);
    callback(parsed.success ? parsed.data : []);
  });
}
