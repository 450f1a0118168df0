import type { RuleOfKind } from '../../rules/schema';
import { CHECK_OPTIONS, type CheckId } from '../../rules/check-options';
import { CHECKS } from '../checks';
import type { RuleRunner } from '../context';

/** A code-backed check, looked up by id, with its options validated and defaulted once. */
export function compileCheckRule(rule: RuleOfKind<'check'>): RuleRunner {
  const id = rule.check as CheckId;
  const options = CHECK_OPTIONS[id].parse(rule.options);
  const check = CHECKS[id] as (options: unknown) => RuleRunner;
  return check(options);
}
