import { useMemo, useState } from 'preact/hooks';
import { analyze } from '../../lib/engine';
import type { Finding } from '../../lib/engine/types';
import type { AdapterId } from '../../lib/messaging/adapter-ids';
import { type Composer, ruleSetFor } from '../../lib/rules/profiles';
import type { RuleSet } from '../../lib/rules/schema';
import { EmptyState } from '../EmptyState';
import { FindingList } from '../FindingList';
import { Summary } from '../Summary';
import { SelectField, TextField } from './fields';
import { HELPDESK_OPTIONS } from './labels';
import { useDebounced } from './use-debounced';

interface TryItProps {
  /** The edited set as it would run; `null` while it has errors. */
  ruleSet: RuleSet | null;
  muted: readonly string[];
  onMuteRule: (ruleId: string) => void;
}

const findingKey = (finding: Finding) => `${finding.ruleId}:${finding.start}:${finding.end}:${finding.need ?? ''}`;

/**
 * A sample reply (and customer message) checked with the edited set, before it is saved: findings
 * look and act as in the side panel (a fix is applied to the sample, dismiss hides the finding).
 */
export function TryIt({ ruleSet, muted, onMuteRule }: TryItProps) {
  const [reply, setReply] = useState('');
  const [customerMessage, setCustomerMessage] = useState('');
  const [customerName, setCustomerName] = useState('');
  const [helpdesk, setHelpdesk] = useState<AdapterId | 'any'>('any');
  const [composer, setComposer] = useState<Composer>('reply');
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const input = useDebounced({ reply, customerMessage, customerName }, 150);

  const forHere = useMemo(() => {
    if (!ruleSet) return null;
    const placed = ruleSetFor(ruleSet, { composer, ...(helpdesk === 'any' ? {} : { helpdesk }) });
    return muted.length === 0 ? placed : { ...placed, rules: placed.rules.filter((rule) => !muted.includes(rule.id)) };
  }, [ruleSet, helpdesk, composer, muted]);
  const findings = useMemo(() => {
    if (!forHere || !input.reply.trim()) return [];
    const context = { ...(input.customerMessage.trim() ? { customerMessage: input.customerMessage } : {}), ...(input.customerName.trim() ? { customerName: input.customerName } : {}) };
    return analyze({ draft: input.reply, ...context }, forHere).findings.filter((finding) => !dismissed.has(findingKey(finding)));
  }, [forHere, input, dismissed]);

  const editReply = (text: string) => {
    setReply(text);
    setDismissed(new Set());
  };
  const stale = input.reply !== reply;
  return (
    <section class="card" aria-labelledby="try-it-heading" id="try-it">
      <h2 id="try-it-heading">Try it</h2>
      <p class="muted">Checks a sample reply with the rules as edited above, before you save them.</p>
      <TextField label="Reply" name="try-reply" multiline value={reply} onChange={editReply} />
      <TextField label="Customer message (optional)" name="try-customer-message" multiline value={customerMessage} onChange={setCustomerMessage} />
      <div class="grid">
        <TextField label="Customer name (optional)" name="try-customer-name" value={customerName} onChange={setCustomerName} />
        <SelectField label="Helpdesk" name="try-helpdesk" value={helpdesk} options={[{ value: 'any', label: 'Any' }, ...HELPDESK_OPTIONS]} onChange={setHelpdesk} />
        <SelectField
          label="Message"
          name="try-composer"
          value={composer}
          options={[
            { value: 'reply', label: 'Public reply' },
            { value: 'note', label: 'Internal note' },
          ]}
          onChange={setComposer}
        />
      </div>
      <div class="try-it__result" data-testid="try-it-result" aria-busy={stale}>
        {!ruleSet ? (
          <EmptyState title="Fix the rule set first">The rules above have problems; the sample is checked once they are fixed.</EmptyState>
        ) : !input.reply.trim() ? (
          <EmptyState title="Type a sample reply">Findings appear here as in the side panel.</EmptyState>
        ) : (
          <>
            <Summary findings={findings} />
            {findings.length === 0 ? (
              <EmptyState title="Nothing to improve">These rules find nothing in this reply.</EmptyState>
            ) : (
              <FindingList
                findings={findings}
                draft={input.reply}
                onApply={(finding) => finding.suggestion && editReply(input.reply.slice(0, finding.start) + finding.suggestion.replacement + input.reply.slice(finding.end))}
                onDismiss={(finding) => setDismissed((current) => new Set([...current, findingKey(finding)]))}
                onMuteRule={onMuteRule}
                onHighlight={() => undefined}
              />
            )}
          </>
        )}
      </div>
    </section>
  );
}
