import type { CheckOptions } from '../../rules/check-options';
import { openingPlace } from '../anchors';
import { keyTermsOf } from '../customer/key-terms';
import { comparableStem } from '../customer/synonyms';
import type { RuleRunner } from '../hit';

// Handles and hashtags are how a tweet is addressed, not what the customer wrote about.
const ADDRESSING = /^[@#]/;
// "Hi Molly," or "…, Jimmy." : the reply speaks to this person, which a form letter does not.
const NAMED_GREETING = /^\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening))[ ,]+\p{Lu}\p{Ll}+/u;
// "…, Jimmy.", "Ronny, that's…", "Edgar - sorry…", "…witness this Daniel."
const VOCATIVE = /(?:,\s+\p{Lu}\p{Ll}{1,20}\s*[.!?]|^\s*\p{Lu}\p{Ll}{1,20}\s*(?:,|\s[-–—])\s|\s\p{Lu}\p{Ll}{1,20}[.!]\s*$)/mu;

/**
 * A reply that could have been sent to anyone: the customer wrote about specific things (an order
 * number, a product, what went wrong) and the reply reuses none of them, in their words or others
 * ("parcel" for "package"), and does not address them by name.
 */
export function templateSmell(options: CheckOptions<'template-smell'>): RuleRunner {
  return ({ text, customer, input }) => {
    if (!customer || text.words.length < options.minDraftWords) return [];
    const terms = customer.terms.filter((term) => !ADDRESSING.test(input.customerMessage?.[term.start - 1] ?? ''));
    // A customer who wrote almost nothing specific cannot be echoed.
    if (terms.length < options.minCustomerTerms) return [];
    if (NAMED_GREETING.test(text.prose) || VOCATIVE.test(text.prose) || text.placeholders.some((placeholder) => placeholder.isCustomerName)) return [];
    const draftStems = new Set(keyTermsOf(text.words).map((term) => comparableStem(term.stem)));
    if (terms.some((term) => draftStems.has(comparableStem(term.stem)))) return [];
    // About the whole reply: it points at no words in particular.
    const anchor = openingPlace(text);
    const examples = terms.filter((term) => term.isIdentifier).concat(terms.filter((term) => !term.isIdentifier)).slice(0, 3);
    return [{ ...anchor, vars: { match: examples.map((term) => term.text).join(', ') } }];
  };
}
