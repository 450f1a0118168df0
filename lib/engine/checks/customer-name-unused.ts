import type { CheckOptions } from '../../rules/check-options';
import type { RuleRunner } from '../context';
import { insertionAtStart, wholeReplyAnchor } from '../context';

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
    if (text.greeting) {
      const greetingWord = /^\s*(hi|hello|hey|hiya|good (?:morning|afternoon|evening))/i.exec(text.draft.slice(text.greeting.start, text.greeting.end))?.[1] ?? 'Hi';
      return [{ ...text.greeting, vars, suggestion: { replacement: `${greetingWord} ${customerFirstName},` } }];
    }
    const insertion = insertionAtStart(text, `Hi ${customerFirstName},\n\n`);
    if (!insertion?.suggestion) return [{ ...wholeReplyAnchor(text), vars }];
    // insertionAtStart joins with a space; a greeting wants its own line.
    return [{ ...insertion, vars, suggestion: { replacement: insertion.suggestion.replacement.replace(/,\n\n /, ',\n\n') } }];
  };
}
