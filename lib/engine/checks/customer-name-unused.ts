import type { CheckOptions } from '../../rules/check-options';
import { insertionAtStart } from '../anchors';
import type { RuleRunner } from '../hit';

const FORM_LETTER_GREETING = /\b(?:customer|client|sir|madam|valued|member|user|guest|traveller|traveler|passenger)\b/i;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The customer's name is known but the reply never says it, not even through a name placeholder.
 * The fix greets them by name: it replaces a nameless greeting, or adds one.
 */
export function customerNameUnused(_options: CheckOptions<'customer-name-unused'>): RuleRunner {
  return ({ text, customerFirstName, input }) => {
    if (!customerFirstName || text.words.length === 0) return [];
    if (text.placeholders.some((placeholder) => placeholder.isCustomerName)) return [];
    const names = [customerFirstName, ...(input.customerName?.trim().split(/\s+/).slice(1) ?? [])].filter((name) => name.length > 1);
    const used = new RegExp(`(?<![\\p{L}])(?:${names.map(escape).join('|')})(?![\\p{L}])`, 'iu');
    if (used.test(text.prose)) return [];
    const vars = { customerName: customerFirstName };
    // "Dear customer" is personalization.generic-greeting's, with a fix that uses the name: one finding, not two.
    if (text.greeting && FORM_LETTER_GREETING.test(text.draft.slice(text.greeting.start, text.greeting.end))) return [];
    if (text.greeting) {
      const greetingWord = /^\s*(hi|hello|hey|hiya|good (?:morning|afternoon|evening))/i.exec(text.draft.slice(text.greeting.start, text.greeting.end))?.[1] ?? 'Hi';
      return [{ ...text.greeting, vars, suggestion: { replacement: `${greetingWord} ${customerFirstName},` } }];
    }
    // No greeting: one goes on its own line before the first sentence.
    const { start } = insertionAtStart(text, '');
    return [{ start, end: start, vars, suggestion: { replacement: `Hi ${customerFirstName},\n\n` } }];
  };
}
