import { formatPath } from '../rules/errors';
import { type METRICS, Rule, type Rule as RuleType } from '../rules/schema';
import type { Category, Mood, Severity } from '../rules/vocabulary';
import { plainMessage } from './plain-errors';
import { swapOf } from './swap-lines';

// The "Add a rule" form's state and what it makes: a candidate rule in the rule-file format, judged
// by the same zod schema as any file. The form's views (components/options/new-rule/) only edit it.

/** The kinds a team lead can write in a form; `check` rules are code and come from the pack. */
export const FORM_KINDS = ['phrase', 'substitution', 'occurrence', 'metric', 'requirement', 'topic'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export interface Need {
  id: string;
  label: string;
  message: string;
  coveredBy: string[];
}

export interface FormState {
  kind: FormKind;
  id: string;
  /** The short name agents and leads read instead of the id. */
  title: string;
  category: Category;
  severity: Severity;
  message: string;
  explanation: string;
  phrases: string[];
  replacement: string;
  swap: string[];
  max: number | undefined;
  scope: 'draft' | 'paragraph' | 'sentence';
  metric: (typeof METRICS)[number];
  minDraftWords: number | undefined;
  customerMentions: string[];
  moods: Mood[];
  insert: string;
  topic: string;
  label: string;
  customerTriggers: string[];
  draftTriggers: string[];
  needs: Need[];
  flagged: string[];
  accepted: string[];
  exampleCustomerMessage: string;
}

export const EMPTY_NEED: Need = { id: '', label: '', message: '', coveredBy: [] };

export const EMPTY_FORM: FormState = {
  kind: 'phrase',
  id: '',
  title: '',
  category: 'tone',
  severity: 'warning',
  message: '',
  explanation: '',
  phrases: [],
  replacement: '',
  swap: [],
  max: undefined,
  scope: 'draft',
  metric: 'sentence-words',
  minDraftWords: undefined,
  customerMentions: [],
  moods: [],
  insert: '',
  topic: '',
  label: '',
  customerTriggers: [],
  draftTriggers: [],
  needs: [EMPTY_NEED],
  flagged: [],
  accepted: [],
  exampleCustomerMessage: '',
};

/** What the form describes, as a rule file would hold it; the zod schema then judges it like any file. */
export function candidateRule(form: FormState): Record<string, unknown> {
  const optional = (key: string, value: string) => (value.trim() ? { [key]: value } : {});
  const matchers = (phrases: string[]) => (phrases.length > 0 ? { phrases } : undefined);
  const example = (draft: string) => (form.exampleCustomerMessage.trim() ? { draft, customerMessage: form.exampleCustomerMessage } : draft);
  const common = {
    id: form.id.trim(),
    ...optional('title', form.title),
    kind: form.kind,
    severity: form.severity,
    ...optional('message', form.message),
    ...optional('explanation', form.explanation),
    examples: { flagged: form.flagged.map(example), accepted: form.accepted.map(example) },
  };
  switch (form.kind) {
    case 'phrase':
      return { ...common, category: form.category, phrases: form.phrases, ...optional('replacement', form.replacement) };
    case 'substitution':
      return { ...common, category: form.category, swap: swapOf(form.swap) };
    case 'occurrence':
      return { ...common, category: form.category, phrases: form.phrases, max: form.max, scope: form.scope };
    case 'metric':
      return { ...common, category: form.category, metric: form.metric, max: form.max, ...(form.minDraftWords === undefined ? {} : { minDraftWords: form.minDraftWords }) };
    case 'requirement': {
      const when = { ...(form.customerMentions.length > 0 ? { customerMentions: matchers(form.customerMentions) } : {}), ...(form.moods.length > 0 ? { customerMood: form.moods } : {}) };
      return { ...common, category: form.category, phrases: form.phrases, ...(Object.keys(when).length > 0 ? { when } : {}), ...optional('insert', form.insert) };
    }
    case 'topic':
      return {
        ...common,
        topic: form.topic.trim(),
        label: form.label,
        triggers: { ...(form.customerTriggers.length > 0 ? { customer: matchers(form.customerTriggers) } : {}), ...(form.draftTriggers.length > 0 ? { draft: matchers(form.draftTriggers) } : {}) },
        needs: form.needs.map((need) => ({ id: need.id.trim(), label: need.label, message: need.message, coveredBy: { phrases: need.coveredBy } })),
      };
  }
}

/** A problem at one field of the form (`phrases`, `needs[0].label`), in plain words. */
export interface FieldError {
  path: string;
  message: string;
}

export type Validation = { ok: true; rule: RuleType } | { ok: false; errors: FieldError[] };

export function validateForm(form: FormState, takenIds: ReadonlySet<string>): Validation {
  const parsed = Rule.safeParse(candidateRule(form));
  const errors: FieldError[] = parsed.success ? [] : parsed.error.issues.map((issue) => {
    const path = formatPath(issue.path as PropertyKey[]);
    return { path, message: plainMessage({ path, message: issue.message }) };
  });
  if (takenIds.has(form.id.trim())) errors.push({ path: 'id', message: `"${form.id.trim()}" is already a rule of this set: choose another id.` });
  return parsed.success && errors.length === 0 ? { ok: true, rule: parsed.data } : { ok: false, errors };
}


