import { useMemo, useRef, useState } from 'preact/hooks';
import { EMPTY_FORM, FORM_KINDS, type FormKind, type FormState, validateForm } from '../../lib/options/new-rule';
import { runRuleSetExamples } from '../../lib/rule-testing/run-examples';
import { addRule } from '../../lib/rules/edit-draft';
import { ruleTitle } from '../../lib/rules/rule-title';
import { CATEGORIES } from '../../lib/rules/vocabulary';
import { CATEGORY_LABELS } from '../labels';
import { ExampleResults } from './ExampleResults';
import { ListField, SelectField, TextField } from './fields';
import { KIND_LABELS, SEVERITY_OPTIONS } from './labels';
import { KIND_FIELDS } from './new-rule';
import type { EditDraft } from './RuleEditor';
import { errorsOutside, messagesAt } from './rule-errors';
import { useDebounced } from './use-debounced';

interface NewRuleFormProps {
  /** Ids the set already runs: a new rule must not take one. */
  takenIds: ReadonlySet<string>;
  edit: EditDraft;
  disabled?: boolean;
}

/** A form per kind of rule, validated on every keystroke; the rule's examples run as they are typed. */
export function NewRuleForm({ takenIds, edit, disabled }: NewRuleFormProps) {
  const [form, setForm] = useState<FormState>(EMPTY_FORM);
  // What was typed last, even before it is rendered: "Add rule" judges exactly that.
  const latest = useRef(form);
  // Errors show at a field once it was edited, or everywhere after an attempt to add.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [added, setAdded] = useState('');
  const validation = useMemo(() => validateForm(form, takenIds), [form, takenIds]);
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
    const now = validateForm(latest.current, takenIds);
    if (!now.ok) return;
    edit((draft) => addRule(draft, now.rule));
    setAdded(ruleTitle(now.rule));
    latest.current = { ...EMPTY_FORM, kind: latest.current.kind };
    setForm(latest.current);
    setTouched(new Set());
    setAttempted(false);
  };

  const kind = form.kind;
  const KindFields = KIND_FIELDS[kind];
  return (
    <section class="card" aria-labelledby="new-rule-heading" id="new-rule">
      <h3 id="new-rule-heading">Add a rule</h3>
      {disabled ? (
        <p class="muted">Your administrator has locked the rule set: new rules cannot be added here.</p>
      ) : (
        <form class="new-rule" noValidate onSubmit={submit} data-testid="new-rule-form">
          <SelectField label="Kind of rule" name="kind" value={kind} options={FORM_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))} onChange={set('kind')} />
          <div class="grid">
            <TextField label="Title shown to agents" name="title" hint='A few words, e.g. "Competitor names".' value={form.title} errors={at('title')} onChange={set('title')} />
            <TextField label="Id in rule files" name="id" hint='Lower-case words joined by "." or "-", e.g. "acme.competitor-names".' value={form.id} errors={at('id')} onChange={set('id')} />
            {kind !== 'topic' && (
              <SelectField label="Category" name="category" value={form.category} options={CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }))} errors={at('category')} onChange={set('category')} />
            )}
            <SelectField label="Severity" name="severity" value={form.severity} options={SEVERITY_OPTIONS} onChange={set('severity')} />
          </div>
          {kind !== 'topic' && (
            <TextField label="Message shown to the agent" name="message" hint={messageHint(kind)} value={form.message} errors={at('message')} onChange={set('message')} />
          )}
          <TextField label="Why it matters" name="explanation" multiline value={form.explanation} errors={at('explanation')} onChange={set('explanation')} />

          <KindFields form={form} set={set} at={at} />

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
              {added ? `Added “${added}”. Save to use it.` : attempted && !validation.ok ? `Fix ${errors.length === 1 ? 'the problem' : `the ${errors.length} problems`} above to add the rule.` : ''}
            </p>
          </div>
        </form>
      )}
    </section>
  );
}

/** Paths the form shows at a field; anything else is listed under the form. */
const FIELD_PATHS = ['id', 'title', 'category', 'message', 'explanation', 'phrases', 'replacement', 'swap', 'metric', 'max', 'minDraftWords', 'when', 'insert', 'topic', 'label', 'triggers', 'needs', 'examples'];

function messageHint(kind: FormKind): string {
  if (kind === 'occurrence') return 'May use {count} and {max}.';
  if (kind === 'metric') return 'May use {value} and {max}.';
  if (kind === 'substitution') return 'May use {match} and {replacement}.';
  if (kind === 'requirement') return 'May use {customerName}.';
  return 'May use {match}, the words found.';
}
