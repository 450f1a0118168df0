import { analyze } from '../../../lib/engine';
import type { AdapterId } from '../../../lib/messaging/adapter-ids';
import { effectiveRules } from '../../../lib/rules/resolve';
import { draftOutcome, type DraftOutcome, moodsCheckedForAcknowledgement } from '../../../lib/self-assessment/outcome';
import { withFollowUpFindings } from '../support/follow-up-findings';

/** One reply an agent finished in a fixture helpdesk: the ticket, the final draft, and when. */
export interface FinishedReply {
  helpdesk: AdapterId;
  customerName?: string;
  customerMessage: string;
  draft: string;
  /** Local date and time it was sent. */
  at: Date;
}

const upset = "This is the third time I'm writing and my refund is STILL not here. Unacceptable!";
const calm = 'Hi, could you tell me when my replacement charger will ship?';

/**
 * A dozen replies over three ISO weeks (Mondays 6, 13 and 20 January 2025). The agent's habits: four
 * of five upset customers get the fix without a word about how they feel (empathy), every refund
 * reply leaves a refund need open (follow-up), and one reply skips a known name (personalization).
 * Drafts with findings per week: 2 of 4, 2 of 4, 1 of 4.
 */
export const DOZEN_REPLIES: FinishedReply[] = [
  { helpdesk: 'zendesk', customerName: 'Dana Whitfield', customerMessage: upset, draft: 'Hi Dana, your refund has been issued. I will email you once it lands.', at: new Date(2025, 0, 6, 9, 30) },
  { helpdesk: 'zendesk', customerName: 'Priya Shah', customerMessage: calm, draft: 'Hi Priya, your replacement charger ships tomorrow and arrives within 3 business days. I will send the tracking link today.', at: new Date(2025, 0, 6, 11) },
  { helpdesk: 'freshdesk', customerName: 'Sam Lee', customerMessage: upset, draft: 'Hello, the refund has been issued. I will email you once it lands.', at: new Date(2025, 0, 7, 14) },
  { helpdesk: 'intercom', customerMessage: calm, draft: 'Hi there, your replacement charger ships tomorrow and arrives within 3 business days. I will send the tracking link today.', at: new Date(2025, 0, 8, 10) },
  { helpdesk: 'zendesk', customerName: 'Ana Ruiz', customerMessage: upset, draft: "Hi Ana, I'm sorry you've had to chase this three times. Your refund has been issued. I will email you once it lands.", at: new Date(2025, 0, 13, 9) },
  { helpdesk: 'helpscout', customerName: 'Tom Berg', customerMessage: calm, draft: 'Hi Tom, your replacement charger ships tomorrow and arrives within 3 business days. I will send the tracking link today.', at: new Date(2025, 0, 13, 15) },
  { helpdesk: 'front', customerName: 'Lena Ortiz', customerMessage: upset, draft: 'Hi Lena, the refund has been issued. I will email you once it lands.', at: new Date(2025, 0, 14, 10) },
  { helpdesk: 'gorgias', customerName: 'Omar Haddad', customerMessage: calm, draft: 'Hi Omar, your replacement charger ships tomorrow and arrives within 3 business days. I will send the tracking link today.', at: new Date(2025, 0, 15, 16) },
  { helpdesk: 'zendesk', customerName: 'Mia Chen', customerMessage: calm, draft: 'Hi Mia, your replacement charger ships tomorrow and arrives within 3 business days. I will send the tracking link today.', at: new Date(2025, 0, 20, 9) },
  { helpdesk: 'hubspot', customerName: 'Kofi Mensah', customerMessage: upset, draft: 'Hi Kofi, the refund has been issued. I will email you once it lands.', at: new Date(2025, 0, 21, 11) },
  { helpdesk: 'zoho-desk', customerName: 'Eva Novak', customerMessage: calm, draft: 'Hi Eva, your replacement charger ships tomorrow and arrives within 3 business days. I will send the tracking link today.', at: new Date(2025, 0, 22, 13) },
  { helpdesk: 'salesforce', customerName: 'Raj Patel', customerMessage: calm, draft: 'Hi Raj, your replacement charger ships tomorrow and arrives within 3 business days. I will send the tracking link today.', at: new Date(2025, 0, 23, 17) },
];

/**
 * What the background would record for each of them, through the real engine, for a team that shows
 * the follow-up topics as findings (they ship as the panel's checklist only): every category then has
 * something to count.
 */
export function dozenOutcomes(): DraftOutcome[] {
  return DOZEN_REPLIES.map(({ helpdesk, customerName, customerMessage, draft, at }) =>
    draftOutcome(analyze({ draft, customerMessage, ...(customerName ? { customerName } : {}) }, withFollowUpFindings), { helpdesk, customerNameKnown: customerName !== undefined, at, moodsChecked: moodsCheckedForAcknowledgement(effectiveRules(withFollowUpFindings)) }),
  );
}
