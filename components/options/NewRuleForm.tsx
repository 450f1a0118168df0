import { useMemo, useRef, useState } from 'preact/hooks';
import { runRuleSetExamples } from '../../lib/rule-testing/run-examples';
import { addRule } from '../../lib/rules/edit-draft';
import { formatPath } from '../../lib/rules/errors';
import { METRICS, Rule, type Rule as RuleType } from '../../lib/rules/schema';
import { CATEGORIES, MOODS, type Category, type Mood, type Severity } from '../../lib/rules/vocabulary';
import { CATEGORY_LABELS, MOOD_LABELS } from '../labels';
import { ExampleResults } from './ExampleResults';
import { ListField, NumberField, SelectField, TextField } from './fields';
import { KIND_LABELS, SEVERITY_OPTIONS } from './labels';
import type { EditDraft } from './RuleEditor';
import { swapOf } from './RuleEditor';
import { type RuleFieldError, errorsOutside, messagesAt } from './rule-errors';
import { useDebounced } from './use-debounced';

/** The kinds a team lead can write in a form; `check` rules are code and come from the pack. */
const FORM_KINDS = ['phrase', 'substitution', 'occurrence', 'metric', 'requirement', 'topic'] as const;
type FormKind = (typeof FORM_KINDS)[number];

interface Need {
  id: string;
  label: string;
  message: string;
  coveredBy: string[];
}

interface FormState {
  kind: FormKind;
  id: string;
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

const EMPTY_NEED: Need = { id: '', label: '', message: '', coveredBy: [] };

const EMPTY: FormState = {
  kind: 'phrase',
  id: '',
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

type Validation = { ok: true; rule: RuleType } | { ok: false; errors: RuleFieldError[] };

function validate(form: FormState, takenIds: ReadonlySet<string>): Validation {
  const parsed = Rule.safeParse(candidateRule(form));
  const errors: RuleFieldError[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path as PropertyKey[]), message: issue.message }));
  if (takenIds.has(form.id.trim())) errors.push({ path: 'id', message: `"${form.id.trim()}" is already a rule of this set; choose another id` });
  return parsed.success && errors.length === 0 ? { ok: true, rule: parsed.data } : { ok: false, errors };
}

interface NewRuleFormProps {
  /** Ids the set already runs: a new rule must not take one. */
  takenIds: ReadonlySet<string>;
  edit: EditDraft;
  disabled?: boolean;
}

/** A form per kind of rule, validated on every keystroke; the rule's examples run as they are typed. */
export function NewRuleForm({ takenIds, edit, disabled }: NewRuleFormProps) {
  const [form, setForm] = useState<FormState>(EMPTY);
  // What was typed last, even before it is rendered: "Add rule" judges exactly that.
  const latest = useRef(form);
  // Errors show at a field once it was edited, or everywhere after an attempt to add.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [added, setAdded] = useState('');
  const validation = useMemo(() => validate(form, takenIds), [form, takenIds]);
  const settled = useDebounced(validation, 200);
  const preview = useMemo(() => (settled.ok ? runRuleSetExamples({ schemaVersion: 1, name: 'new rule', version: '1', overrides: {}, rules: [settled.rule] }).outcomes : undefined), [settled]);

  const set = <K extends keyof FormState>(key: K, path: string = key) => (value: FormState[K] | ((current: FormState[K]) => FormState[K])) => {
    const next = typeof value === 'function' ? (value as (current: FormState[K]) => FormState[K])(latest.current[key]) : value;
    latest.current = { ...latest.current, [key]: next };
    setForm(latest.current);
    setTouched((current) => new Set([...current, path]));
    setAdded('');
  };
  const errors = validation.ok ? [] : validation.errors;
  const shown = attempted ? errors : errors.filter((error) => [...touched].some((path) => messagesAt([error], path).length > 0));
  const at = (path: string) => messagesAt(shown, path);

  const submit = (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    const now = validate(latest.current, takenIds);
    if (!now.ok) return;
    edit((draft) => addRule(draft, now.rule));
    setAdded(now.rule.id);
    latest.current = { ...EMPTY, kind: latest.current.kind };
    setForm(latest.current);
    setTouched(new Set());
    setAttempted(false);
  };

  const kind = form.kind;
  const usesPhrases = kind === 'phrase' || kind === 'occurrence' || kind === 'requirement';
  return (
    <section class="card" aria-labelledby="new-rule-heading" id="new-rule">
      <h2 id="new-rule-heading">Add a rule</h2>
      {disabled ? (
        <p class="muted">Your administrator has locked the rule set: new rules cannot be added here.</p>
      ) : (
        <form class="new-rule" noValidate onSubmit={submit} data-testid="new-rule-form">
          <SelectField label="Kind of rule" name="kind" value={kind} options={FORM_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))} onChange={set('kind')} />
          <div class="grid">
            <TextField label="Id" name="id" hint='Lower-case words joined by "." or "-", e.g. "acme.competitor-names".' value={form.id} errors={at('id')} onChange={set('id')} />
            {kind !== 'topic' && (
              <SelectField label="Category" name="category" value={form.category} options={CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }))} errors={at('category')} onChange={set('category')} />
            )}
            <SelectField label="Severity" name="severity" value={form.severity} options={SEVERITY_OPTIONS} onChange={set('severity')} />
          </div>
          {kind !== 'topic' && (
            <TextField label="Message shown to the agent" name="message" hint={messageHint(kind)} value={form.message} errors={at('message')} onChange={set('message')} />
          )}
          <TextField label="Why it matters" name="explanation" multiline value={form.explanation} errors={at('explanation')} onChange={set('explanation')} />

          {usesPhrases && <ListField label={kind === 'requirement' ? 'Phrases that meet the requirement' : 'Phrases'} name="phrases" value={form.phrases} errors={at('phrases')} onChange={set('phrases')} />}
          {kind === 'phrase' && <TextField label="Replace with (optional one-click fix)" name="replacement" value={form.replacement} errors={at('replacement')} onChange={set('replacement')} />}
          {kind === 'substitution' && (
            <ListField label="Phrases and what to say instead" name="swap" hint="One per line: phrase => better phrase." value={form.swap} errors={at('swap')} onChange={set('swap')} />
          )}
          {(kind === 'occurrence' || kind === 'metric') && (
            <div class="grid">
              {kind === 'metric' && (
                <SelectField
                  label="Measure"
                  name="metric"
                  value={form.metric}
                  options={METRICS.map((value) => ({ value, label: value.replace('-', ' ') }))}
                  errors={at('metric')}
                  onChange={set('metric')}
                />
              )}
              <NumberField label={kind === 'occurrence' ? 'Most times allowed' : 'Maximum'} name="max" value={form.max} errors={at('max')} onChange={set('max')} />
              {kind === 'occurrence' && (
                <SelectField
                  label="Counted per"
                  name="scope"
                  value={form.scope}
                  options={[
                    { value: 'draft', label: 'Reply' },
                    { value: 'paragraph', label: 'Paragraph' },
                    { value: 'sentence', label: 'Sentence' },
                  ]}
                  onChange={set('scope')}
                />
              )}
              {kind === 'metric' && <NumberField label="Skip replies shorter than (words)" name="minDraftWords" value={form.minDraftWords} errors={at('minDraftWords')} onChange={set('minDraftWords')} />}
            </div>
          )}
          {kind === 'requirement' && (
            <>
              <ListField label="Only when the customer mentions (optional)" name="customerMentions" value={form.customerMentions} errors={at('when.customerMentions')} onChange={set('customerMentions', 'when.customerMentions')} />
              <fieldset class="moods">
                <legend>Only when the customer is (optional)</legend>
                {MOODS.map((mood) => (
                  <label key={mood}>
                    <input
                      type="checkbox"
                      checked={form.moods.includes(mood)}
                      onChange={(event) => {
                        const on = event.currentTarget.checked;
                        set('moods', 'when.customerMood')((moods) => (on ? [...moods, mood] : moods.filter((entry) => entry !== mood)));
                      }}
                    />{' '}
                    {MOOD_LABELS[mood]}
                  </label>
                ))}
              </fieldset>
              <TextField label="Sentence to insert as a fix (optional)" name="insert" value={form.insert} errors={at('insert')} onChange={set('insert')} />
            </>
          )}
          {kind === 'topic' && <TopicFields form={form} set={set} at={at} />}

          <fieldset class="examples-input">
            <legend>Examples</legend>
            <ListField label="Replies this rule should flag" name="flagged" value={form.flagged} errors={at('examples.flagged')} onChange={set('flagged', 'examples.flagged')} />
            <ListField label="Replies it should leave alone" name="accepted" value={form.accepted} errors={at('examples.accepted')} onChange={set('accepted', 'examples.accepted')} />
            <TextField label="Customer message the examples answer (optional)" name="exampleCustomerMessage" multiline value={form.exampleCustomerMessage} onChange={set('exampleCustomerMessage')} />
            {preview && <ExampleResults outcomes={preview} />}
          </fieldset>
          {attempted && errorsOutside(shown, FIELD_PATHS).map((message) => (
            <p key={message} class="field__errors" data-field-error="">
              {message}
            </p>
          ))}
          <div class="actions">
            <button type="submit" class="button button--primary" data-action="add-rule">
              Add rule
            </button>
            <p role="status" class="muted">
              {added ? `Added ${added}. Save to use it.` : attempted && !validation.ok ? `Fix ${errors.length === 1 ? 'the problem' : `the ${errors.length} problems`} above to add the rule.` : ''}
            </p>
          </div>
        </form>
      )}
    </section>
  );
}

/** Paths the form shows at a field; anything else is listed under the form. */
const FIELD_PATHS = ['id', 'category', 'message', 'explanation', 'phrases', 'replacement', 'swap', 'metric', 'max', 'minDraftWords', 'when', 'insert', 'topic', 'label', 'triggers', 'needs', 'examples'];

function messageHint(kind: FormKind): string {
  if (kind === 'occurrence') return 'May use {count} and {max}.';
  if (kind === 'metric') return 'May use {value} and {max}.';
  if (kind === 'substitution') return 'May use {match} and {replacement}.';
  if (kind === 'requirement') return 'May use {customerName}.';
  return 'May use {match}, the words found.';
}

interface TopicFieldsProps {
  form: FormState;
  set: <K extends keyof FormState>(key: K, path?: string) => (value: FormState[K] | ((current: FormState[K]) => FormState[K])) => void;
  at: (path: string) => string[];
}

/** A follow-up topic: what makes it apply, and each need the reply should cover. */
function TopicFields({ form, set, at }: TopicFieldsProps) {
  const setNeed = (index: number, key: keyof Need) => (value: string | string[]) =>
    set('needs', `needs[${index}].${key}`)((needs) => needs.map((need, position) => (position === index ? { ...need, [key]: value } : need)));
  return (
    <>
      <div class="grid">
        <TextField label="Topic id" name="topic" hint='e.g. "replacement"' value={form.topic} errors={at('topic')} onChange={set('topic')} />
        <TextField label="Topic name shown to agents" name="label" value={form.label} errors={at('label')} onChange={set('label')} />
      </div>
      <ListField label="The customer's message mentions" name="customerTriggers" value={form.customerTriggers} errors={at('triggers.customer')} onChange={set('customerTriggers', 'triggers')} />
      <ListField label="…or the reply mentions" name="draftTriggers" value={form.draftTriggers} errors={at('triggers.draft')} onChange={set('draftTriggers', 'triggers')} />
      {/* "give customer and/or draft triggers" belongs to both lists, so it stands under them. */}
      {at('triggers').filter((message) => !message.startsWith('customer') && !message.startsWith('draft')).map((message) => (
        <p key={message} class="field__errors" data-field-error="">
          {message}
        </p>
      ))}
      {form.needs.map((need, index) => (
        <fieldset key={index} class="need" data-need-index={index}>
          <legend>Need {index + 1}</legend>
          <div class="grid">
            <TextField label="Need id" value={need.id} errors={at(`needs[${index}].id`)} onChange={setNeed(index, 'id')} />
            <TextField label="Checklist label" value={need.label} errors={at(`needs[${index}].label`)} onChange={setNeed(index, 'label')} />
          </div>
          <TextField label="Message when the reply does not cover it" value={need.message} errors={at(`needs[${index}].message`)} onChange={setNeed(index, 'message')} />
          <ListField label="Covered when the reply says" value={need.coveredBy} errors={at(`needs[${index}].coveredBy`)} onChange={setNeed(index, 'coveredBy')} />
          {form.needs.length > 1 && (
            <button type="button" class="button button--quiet" onClick={() => set('needs', 'needs-list')((needs) => needs.filter((_, position) => position !== index))}>
              Remove need {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" class="button" onClick={() => set('needs', 'needs-list')((needs) => [...needs, EMPTY_NEED])}>
        Add a need
      </button>
    </>
  );
}
