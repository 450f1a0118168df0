import type { Category } from '../engine/types';
import { percentText } from './percent';
import type { SelfAssessmentSummary, Share } from './summary';

// The five self-assessment questions of chapter 004, in our own words, each next to the agent's
// own number that speaks to it, plus the chapter's ways to keep improving. A private prompt to
// think, not a score. (guidance: 004 Assessing Your Personal Approach to Customer Service)

export const REFLECTION_GUIDANCE = '004 Assessing Your Personal Approach to Customer Service';

export interface ReflectionQuestion {
  id: 'difficult-moments' | 'their-side' | 'listening' | 'clear-under-pressure' | 'solving';
  question: string;
  /** What the agent's history says about it; absent when it has nothing to say yet. */
  yourNumbers?: string;
}

function categoryShare(summary: SelfAssessmentSummary, category: Category): Share | undefined {
  return summary.categories.find((entry) => entry.category === category)?.withFindings;
}

function withFindingsLine(share: Share | undefined, what: string): string | undefined {
  if (!share || share.share === null) return undefined;
  return `${percentText(share)} of your final drafts still had ${what} (${share.count} of ${share.of}).`;
}

export function reflectionQuestions(summary: SelfAssessmentSummary): ReflectionQuestion[] {
  const { empathyWhenUpset, averageReadingGrade } = summary;
  const nextStep = summary.topRules.find((rule) => rule.ruleId === 'follow-up.next-step');
  const questions: ReflectionQuestion[] = [
    {
      id: 'difficult-moments',
      question: 'When a conversation turns tense, what do you do first, and does it help the customer calm down?',
      yourNumbers: withFindingsLine(categoryShare(summary, 'tone'), 'a tone finding'),
    },
    {
      id: 'their-side',
      question: "Before you answer, do you picture the problem from the customer's side and say that you see it?",
      yourNumbers:
        empathyWhenUpset.share === null
          ? undefined
          : `You acknowledged how an upset customer felt in ${empathyWhenUpset.count} of ${empathyWhenUpset.of} replies (${percentText(empathyWhenUpset)}).`,
    },
    {
      id: 'listening',
      question: 'Does your reply answer everything this customer asked, and what they will need to know next?',
      yourNumbers: withFindingsLine(categoryShare(summary, 'follow-up'), 'a follow-up finding'),
    },
    {
      id: 'clear-under-pressure',
      question: 'When you are busy or the case is hard, do your replies stay short, plain and easy to act on?',
      yourNumbers:
        averageReadingGrade === null
          ? withFindingsLine(categoryShare(summary, 'clarity'), 'a clarity finding')
          : `Your replies read at grade ${averageReadingGrade} on average; ${withFindingsLine(categoryShare(summary, 'clarity'), 'a clarity finding') ?? ''}`.trim(),
    },
    {
      id: 'solving',
      question: 'How quickly do you get from the problem to a solution, and does the customer know what happens next?',
      yourNumbers: nextStep ? `${nextStep.drafts.count} of your ${nextStep.drafts.of} final drafts did not say what happens next.` : undefined,
    },
  ];
  // Optional fields are left out rather than set to undefined.
  return questions.map(({ yourNumbers, ...question }) => (yourNumbers ? { ...question, yourNumbers } : question));
}

/** The chapter's ways to work on what the questions turn up, in our own words. */
export const WAYS_TO_IMPROVE = [
  'Take a course or workshop on the skill your numbers point to.',
  'Rehearse a hard conversation with a colleague or your lead.',
  'Ask customers how a reply landed, and listen to the answer.',
  'Look back at a reply that went badly and decide what you would write now.',
] as const;
