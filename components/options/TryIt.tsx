import { useMemo, useState } from 'preact/hooks';
import { analyze } from '../../lib/engine';
import type { Finding } from '../../lib/engine/types';
import { beforeYouSend } from '../../lib/panel/before-you-send';
import { categoryChecks } from '../../lib/panel/category-checks';
import { rankFindings } from '../../lib/panel/ranked-findings';
import type { AdapterId } from '../../lib/messaging/adapter-ids';
import { type Composer, ruleSetFor } from '../../lib/rules/profiles';
import type { RuleSet } from '../../lib/rules/schema';
import { BeforeYouSend } from '../BeforeYouSend';
import { EmptyState } from '../EmptyState';
import { FindingList } from '../FindingList';
import { Summary } from '../Summary';
import { SelectField, TextField } from './fields';
import { HELPDESK_OPTIONS } from './labels';
import { findingKey } from '../../lib/engine/finding-key';
import { useDebounced } from './use-debounced';

interface TryItProps {
  /** The edited set as it would run; `null` while it has errors. */
  ruleSet: RuleSet | null;
  muted: readonly string[];
  onMuteRule: (ruleId: string) => void;
}

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
  const result = useMemo(() => {
    if (!forHere || !input.reply.trim()) return { findings: [], hidden: [] };
    const context = { ...(input.customerMessage.trim() ? { customerMessage: input.customerMessage } : {}), ...(input.customerName.trim() ? { customerName: input.customerName } : {}) };
    const analysis = analyze({ draft: input.reply, ...context }, forHere);
    const isDismissed = (finding: Finding) => dismissed.has(findingKey(finding, input.reply));
    return { ...analysis, findings: analysis.findings.filter((finding) => !isDismissed(finding)), hidden: analysis.findings.filter(isDismissed) };
  }, [forHere, input, dismissed]);
  const findings = result.findings;

  const editReply = (text: string) => {
    setReply(text);
    setDismissed(new Set());
  };
  const stale = input.reply !== reply;
  // Findings act on the sample as in the side panel: a fix edits it, Dismiss hides the finding.
  const actions = {
    onApply: (finding: Finding) => finding.suggestion && editReply(input.reply.slice(0, finding.start) + finding.suggestion.replacement + input.reply.slice(finding.end)),
    onDismiss: (finding: Finding) => setDismissed((current) => new Set([...current, findingKey(finding, input.reply)])),
    onMuteRule,
    onHighlight: () => undefined,
  };
  return (
    <section class="card" aria-labelledby="try-it-heading" id="try-it">
      <h3 id="try-it-heading">Try it</h3>
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
            <Summary
              findings={findings}
              checks={categoryChecks({ composer, ...(input.customerMessage.trim() ? { customerMessage: input.customerMessage } : {}), ...(input.customerName.trim() ? { customerName: input.customerName } : {}) }, findings)}
            />
            {findings.length === 0 ? (
              <EmptyState title="Nothing to improve">These rules find nothing in this reply.</EmptyState>
            ) : (
              <FindingList ranked={rankFindings(findings, input.reply)} {...actions} />
            )}
            <BeforeYouSend items={beforeYouSend('listening' in result ? result.listening : undefined, findings, result.hidden, input.reply)} {...actions} />
          </>
        )}
      </div>
    </section>
  );
}
