import { useMemo, useState } from 'preact/hooks';
import type { ExampleOutcome } from '../../lib/rule-testing/run-examples';
import { inheritedRuleIds, isRuleChanged, rulePathPrefixes } from '../../lib/rules/edit-draft';
import type { RuleSetError } from '../../lib/rules/errors';
import { type ManagedPolicy, isLocked } from '../../lib/rules/managed';
import { ruleTitle } from '../../lib/rules/rule-title';
import type { Rule, RuleSet } from '../../lib/rules/schema';
import { CATEGORIES } from '../../lib/rules/vocabulary';
import { CATEGORY_LABELS } from '../labels';
import { type EditDraft, RuleEditor } from './RuleEditor';
import { errorsUnder } from './rule-errors';

interface RuleListProps {
  /** The rules as they run with the draft. */
  rules: readonly Rule[];
  draft: RuleSet;
  policy: ManagedPolicy;
  errors: readonly RuleSetError[];
  /** Example results by rule id; `undefined` while they cannot be run. */
  outcomes: ReadonlyMap<string, ExampleOutcome[]> | undefined;
  muted: readonly string[];
  edit: EditDraft;
}

/** Every rule by category, filtered by a search over ids, messages, explanations and phrases. */
export function RuleList({ rules, draft, policy, errors, outcomes, muted, edit }: RuleListProps) {
  const [query, setQuery] = useState('');
  const inherited = useMemo(() => inheritedRuleIds(draft, policy), [draft, policy]);
  const shown = rules.filter((rule) => matches(rule, query));
  return (
    <section class="card" aria-labelledby="rules-heading" id="all-rules">
      <h3 id="rules-heading">All rules</h3>
      <div class="search">
        <label for="rule-search">Search rules</label>
        <input id="rule-search" type="search" value={query} placeholder="A name, a word of a message, a phrase…" onInput={(event) => setQuery(event.currentTarget.value)} />
        <p class="muted" role="status" data-testid="rule-count">
          {shown.length === rules.length ? `${rules.length} rules` : `${shown.length} of ${rules.length} rules`}
        </p>
      </div>
      {CATEGORIES.map((category) => {
        const inCategory = shown.filter((rule) => rule.category === category);
        if (inCategory.length === 0) return null;
        return (
          <section key={category} class="rules__category" aria-labelledby={`rules-${category}`} data-category={category}>
            <h4 id={`rules-${category}`}>
              {CATEGORY_LABELS[category]} <span class="muted">({inCategory.length})</span>
            </h4>
            <ul class="rules">
              {inCategory.map((rule) => (
                <RuleEditor
                  key={rule.id}
                  rule={rule}
                  locked={isLocked(policy, rule.id)}
                  inherited={inherited.has(rule.id)}
                  changed={isRuleChanged(draft, rule.id)}
                  muted={muted.includes(rule.id)}
                  errors={errorsUnder(errors, rulePathPrefixes(draft, rule.id))}
                  outcomes={outcomes?.get(rule.id) ?? (outcomes ? [] : undefined)}
                  edit={edit}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {shown.length === 0 && <p class="empty">No rule matches “{query}”.</p>}
    </section>
  );
}

function matches(rule: Rule, query: string): boolean {
  const words = query.toLowerCase().trim();
  if (!words) return true;
  const haystack = [
    rule.id,
    ruleTitle(rule),
    rule.message,
    rule.explanation,
    CATEGORY_LABELS[rule.category],
    ...('phrases' in rule ? (rule.phrases ?? []) : []),
    ...(rule.kind === 'substitution' ? Object.keys(rule.swap) : []),
    ...(rule.kind === 'topic' ? [rule.label, ...rule.needs.map((need) => need.label)] : []),
  ]
    .join('\n')
    .toLowerCase();
  return words.split(/\s+/).every((word) => haystack.includes(word));
}
