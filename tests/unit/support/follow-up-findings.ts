import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { RuleSet } from '../../../lib/rules/schema';

/**
 * The pack as a team that wants follow-up as findings would set it: every rule that ships as the
 * panel's checklist only (the unanswered question, the topics' needs) switched to findings. Tests
 * of what those findings say use it; the pack's defaults are tested as they ship.
 */
export const withFollowUpFindings: RuleSet = RuleSet.parse({
  schemaVersion: 1,
  name: 'Team with follow-up findings',
  extends: 'default',
  overrides: Object.fromEntries(defaultRuleSet().rules.filter((rule) => rule.checklistOnly).map((rule) => [rule.id, { checklistOnly: false }])),
});
