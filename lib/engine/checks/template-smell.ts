import type { CheckOptions } from '../../rules/check-options';
import { openingPlace } from '../anchors';
import type { RuleRunner } from '../hit';
import { keyTermsOf } from '../customer/key-terms';

/**
 * A reply that could have been sent to anyone: the customer wrote about specific things (an order
 * number, a product, what went wrong) and the reply reuses none of them.
 */
export function templateSmell(options: CheckOptions<'template-smell'>): RuleRunner {
  return ({ text, customer }) => {
    if (!customer || text.words.length < options.minDraftWords) return [];
    const terms = customer?.terms ?? [];
    if (terms.length === 0) return [];
    const draftStems = new Set(keyTermsOf(text.words).map((term) => term.stem));
    if (terms.some((term) => draftStems.has(term.stem))) return [];
    // About the whole reply: it points at no words in particular.
    const anchor = openingPlace(text);
    const examples = terms.filter((term) => term.isIdentifier).concat(terms.filter((term) => !term.isIdentifier)).slice(0, 3);
    return [{ ...anchor, vars: { match: examples.map((term) => term.text).join(', ') } }];
  };
}
