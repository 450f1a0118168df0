import type { DraftOutcome } from '../../../lib/self-assessment/outcome';

/** An outcome with no findings on the given day; override what the test is about. */
export function outcomeOn(day: string, overrides: Partial<DraftOutcome> = {}): DraftOutcome {
  return {
    day,
    helpdesk: 'zendesk',
    findings: { tone: 0, empathy: 0, clarity: 0, personalization: 0, 'follow-up': 0 },
    ruleIds: [],
    nameKnown: false,
    nameUsed: false,
    customerUpset: false,
    acknowledged: false,
    readingGrade: null,
    words: 20,
    ...overrides,
  };
}
