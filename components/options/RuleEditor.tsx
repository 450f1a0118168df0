import { useId } from 'preact/hooks';
import type { ExampleOutcome } from '../../lib/rule-testing/run-examples';
import { removeRule, setRuleFields, setRuleProps } from '../../lib/rules/edit-draft';
import type { AppliesTo, Rule, RuleSet } from '../../lib/rules/schema';
import type { Severity } from '../../lib/rules/vocabulary';
import { messageAsShown } from '../../lib/options/rule-words';
import { swapLines, swapOf } from '../../lib/options/swap-lines';
import { guidanceTitle } from '../../lib/rules/guidance-title';
import { ruleTitle } from '../../lib/rules/rule-title';
import { ExampleResults } from './ExampleResults';
import { ExamplesBadge } from './ExamplesBadge';
import { ListField, NumberField } from './fields';
import { KIND_LABELS, SEVERITY_OPTIONS } from './labels';
import { ProfileFields } from './ProfileFields';
import { type RuleFieldError, errorsOutside, messagesAt } from './rule-errors';

export type EditDraft = (update: (draft: RuleSet) => RuleSet) => void;

interface RuleEditorProps {
  /** The rule as it runs with the draft (overrides and replacements applied). */
  rule: Rule;
  locked: boolean;
  /** From the pack or the administrator's set (reset) rather than the team's own (remove). */
  inherited: boolean;
  changed: boolean;
  muted: boolean;
  errors: readonly RuleFieldError[];
  outcomes: readonly ExampleOutcome[] | undefined;
  edit: EditDraft;
}

/**
 * One rule: switch, severity and badges always visible; its phrases, limit, where it applies and
 * its examples one click away. A locked rule shows everything and lets nothing change.
 */
export function RuleEditor({ rule, locked, inherited, changed, muted, errors, outcomes, edit }: RuleEditorProps) {
  const messageId = useId();
  const setProps = (props: Parameters<typeof setRuleProps>[2]) => edit((draft) => setRuleProps(draft, rule.id, props));
  const setFields = (fields: Record<string, unknown>) => edit((draft) => setRuleFields(draft, rule, fields));
  const shownFields = ['enabled', 'severity', 'phrases', 'max', 'swap', 'appliesTo'];
  const other = errorsOutside(errors, shownFields);
  return (
    <li class={`rule${rule.enabled ? '' : ' rule--off'}`} data-rule-id={rule.id} data-locked={String(locked)} data-invalid={String(errors.length > 0)}>
      <div class="rule__head">
        <label class="rule__toggle">
          <input type="checkbox" checked={rule.enabled} disabled={locked} data-control="enabled" aria-describedby={messageId} onChange={(event) => setProps({ enabled: event.currentTarget.checked })} />
          <span class="rule__title">{ruleTitle(rule)}</span>
        </label>
        <select
          class="rule__severity"
          aria-label={`Severity of ${ruleTitle(rule)}`}
          value={rule.severity}
          disabled={locked}
          data-control="severity"
          onChange={(event) => setProps({ severity: event.currentTarget.value as Severity })}
        >
          {SEVERITY_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <span class="rule__badges">
          {locked && (
            <span class="badge badge--locked" data-badge="locked">
              <span aria-hidden="true">🔒 </span>Locked by your administrator
            </span>
          )}
          {changed && !locked && (
            <span class="badge" data-badge="changed">
              {inherited ? 'Changed' : 'Your rule'}
            </span>
          )}
          {muted && (
            <span class="badge badge--muted" data-badge="muted">
              Hidden in your panel
            </span>
          )}
          <ExamplesBadge outcomes={outcomes} enabled={rule.enabled} />
        </span>
      </div>
      <p class="rule__message" id={messageId} title="The message agents see, with the words of this rule's first example">
        {messageAsShown(rule, outcomes)}
      </p>
      {errors.length > 0 && <p class="rule__problem">This rule has {errors.length === 1 ? 'a problem' : `${errors.length} problems`}: see below.</p>}
      <details class="rule__details" open={errors.length > 0 || undefined}>
        <summary>
          {locked ? 'Details' : 'Edit'} <span class="visually-hidden">{ruleTitle(rule)}</span> <span class="muted">({KIND_LABELS[rule.kind]})</span>
        </summary>
        <div class="rule__fields">
          {'phrases' in rule && (
            <ListField label="Phrases" value={rule.phrases ?? []} disabled={locked} errors={messagesAt(errors, 'phrases')} onChange={(phrases) => setFields({ phrases })} name="phrases" />
          )}
          {(rule.kind === 'occurrence' || rule.kind === 'metric') && (
            <NumberField
              label={rule.kind === 'occurrence' ? 'Most times allowed' : 'Maximum'}
              value={rule.max}
              disabled={locked}
              errors={messagesAt(errors, 'max')}
              onChange={(max) => setFields({ max })}
              name="max"
            />
          )}
          {rule.kind === 'substitution' && (
            <ListField
              label="Phrases and what to say instead"
              hint="One per line: phrase => better phrase."
              value={swapLines(rule.swap)}
              disabled={locked}
              errors={messagesAt(errors, 'swap')}
              onChange={(lines) => setFields({ swap: swapOf(lines) })}
              name="swap"
            />
          )}
          <ProfileFields
            appliesTo={rule.appliesTo}
            disabled={locked}
            errors={messagesAt(errors, 'appliesTo')}
            onChange={(appliesTo: AppliesTo | undefined) => setProps({ appliesTo })}
          />
          {other.length > 0 && (
            <ul class="field__errors" data-field-error="">
              {other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          <p class="muted">{rule.explanation}</p>
          {rule.guidance && <p class="muted">From the guidance chapter “{guidanceTitle(rule.guidance)}”.</p>}
          <p class="muted">
            Id in rule files: <code class="rule__id">{rule.id}</code>
          </p>
          {outcomes && <ExampleResults outcomes={outcomes} />}
          {!locked && (inherited ? changed : true) && (
            <button type="button" class="button" data-action={inherited ? 'reset-rule' : 'remove-rule'} onClick={() => edit((draft) => removeRule(draft, rule.id))}>
              {inherited ? 'Reset to the original' : 'Remove this rule'}
            </button>
          )}
        </div>
      </details>
    </li>
  );
}

