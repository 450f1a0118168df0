import { stemmer } from 'stemmer';

// Words a customer and an agent use for the same thing. Each group maps to its first word's stem,
// so "money back" in the question meets "refund" in the reply.
const GROUPS: string[][] = [
  ['refund', 'reimburse', 'reimbursement', 'money', 'repay', 'credit', 'chargeback'],
  ['deliver', 'delivery', 'arrive', 'arrival', 'ship', 'shipping', 'shipment', 'dispatch', 'parcel', 'package', 'courier', 'post'],
  ['track', 'tracking', 'trace', 'whereabouts'],
  ['cancel', 'cancellation', 'terminate', 'unsubscribe', 'close'],
  ['charge', 'charged', 'bill', 'billing', 'payment', 'pay', 'paid', 'fee', 'invoice', 'debit', 'cost', 'price'],
  ['password', 'login', 'log', 'sign', 'signin', 'access', 'locked', 'account', 'credentials', 'reset'],
  ['return', 'send back', 'exchange'],
  ['order', 'purchase', 'booking', 'reservation'],
  ['broken', 'damaged', 'cracked', 'faulty', 'defective', 'fault', 'crash', 'crashing', 'bug', 'error', 'issue', 'problem'],
  ['outage', 'down', 'offline', 'unavailable', 'outages'],
  ['replace', 'replacement', 'substitute', 'new one'],
  ['flight', 'fly', 'plane', 'flying'],
  ['bag', 'baggage', 'luggage', 'suitcase'],
  ['hours', 'open', 'opening', 'closing', 'schedule'],
  ['phone', 'call', 'number', 'ring'],
  ['email', 'mail', 'inbox', 'message'],
];

const CANONICAL = new Map<string, string>();
/** Canonical stem → the stems of its group's words, to find a group's words in a text without stemming all of it. */
const MEMBERS = new Map<string, string[]>();
for (const group of GROUPS) {
  const canonical = stemmer(group[0]!);
  for (const word of group) {
    if (word.includes(' ')) continue;
    CANONICAL.set(stemmer(word), canonical);
    MEMBERS.set(canonical, [...(MEMBERS.get(canonical) ?? []), stemmer(word)]);
  }
}

/** The stems that compare equal to a comparable stem: itself, or its synonym group's. */
export function stemsComparableTo(comparable: string): readonly string[] {
  return MEMBERS.get(comparable) ?? [comparable];
}

/** The stem a word is compared by: its group's stem when it has a common synonym, its own otherwise. */
export function comparableStem(stem: string): string {
  return CANONICAL.get(stem) ?? stem;
}
