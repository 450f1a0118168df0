import type { CheckOptions } from '../../rules/check-options';
import type { RuleRunner } from '../context';
import { bodySentences } from '../context';
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
    const anchor = bodySentences(text)[0] ?? text.sentences[0];
    if (!anchor) return [];
    const examples = terms.filter((term) => term.isIdentifier).concat(terms.filter((term) => !term.isIdentifier)).slice(0, 3);
    return [{ start: anchor.start, end: anchor.end, vars: { match: examples.map((term) => term.text).join(', ') } }];
  };
}
