import { readLocalRuleSet, saveLocalRuleSet, watchLocalRuleSet } from '../settings/local-rule-set';
import { readManagedPolicy, watchManagedPolicy } from '../settings/managed-policy';
import { getMutedRules, muteRule, unmuteRule, watchMutedRules } from '../settings/muted-rules';
import { clearRuleStats, readRuleStats, watchRuleStats } from '../settings/rule-stats';
import { readUnderlineSettings, saveUnderlineSettings, watchUnderlineSettings } from '../settings/underline-settings';
import type { OptionsStores } from './options-session';

/** The options page's stores in the extension: storage.local and the managed policy. */
export const EXTENSION_STORES: OptionsStores = {
  readPolicy: readManagedPolicy,
  watchPolicy: watchManagedPolicy,
  readRuleSet: readLocalRuleSet,
  watchRuleSet: watchLocalRuleSet,
  saveRuleSet: saveLocalRuleSet,
  readMuted: getMutedRules,
  watchMuted: watchMutedRules,
  mute: muteRule,
  unmute: unmuteRule,
  readStats: readRuleStats,
  watchStats: watchRuleStats,
  clearStats: clearRuleStats,
  readUnderlines: readUnderlineSettings,
  watchUnderlines: watchUnderlineSettings,
  saveUnderlines: saveUnderlineSettings,
};
