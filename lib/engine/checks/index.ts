import type { CheckId, CheckOptions } from '../../rules/check-options';
import type { RuleBehaviour, RuleRunner } from '../hit';
import { customerNameUnused } from './customer-name-unused';
import { shouting } from './shouting';
import { templateSmell } from './template-smell';
import { unansweredQuestions } from './unanswered-questions';
import { unexplainedAcronyms } from './unexplained-acronyms';

/** Code-backed checks by id: what a phrase list or a number cannot express. */
export const CHECKS: { [Id in CheckId]: (options: CheckOptions<Id>) => RuleRunner | RuleBehaviour } = {
  shouting,
  'unexplained-acronyms': unexplainedAcronyms,
  'customer-name-unused': customerNameUnused,
  'template-smell': templateSmell,
  'unanswered-questions': unansweredQuestions,
};
