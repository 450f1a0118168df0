import type { CheckOptions } from '../../rules/check-options';
import type { Hit, RuleRunner } from '../hit';

// Abbreviations nearly every customer reads without thinking. Team leads add their own with `known`.
const WIDELY_KNOWN = [
  'OK', 'ID', 'IDS', 'FAQ', 'FAQS', 'PDF', 'URL', 'USA', 'US', 'UK', 'EU', 'TV', 'PC', 'AM', 'PM', 'USB', 'PIN', 'SMS',
  'VIP', 'CEO', 'DM', 'DMS', 'ASAP', 'IT', 'GPS', 'ATM', 'HTML', 'WIFI', 'APP', 'IOS', 'VAT', 'UPS', 'DHL', 'USPS', 'FEDEX',
  'NYC', 'LA', 'AI', 'PS', 'GP', 'TBD', 'FYI', 'N/A', 'EST', 'PST', 'CST', 'GMT', 'UTC', 'BST', 'CET', 'MST', 'EDT', 'PDT',
  'CDT', 'PT', 'ET', 'CT', 'MT', 'AEST', 'AEDT', 'IST', 'AC', 'DC', 'HD', 'SD', 'UHD', 'HDR', 'PSN', 'DVD', 'DVR', 'CD', 'MP3', 'JPG', 'PNG', 'GB', 'MB', 'KB', 'TB', 'SIM', 'LED', 'LCD', 'HR', 'QR',
  'COVID', 'NHS', 'IRS', 'LLC', 'INC', 'LTD', 'VPN', 'API', 'SSN', 'ZIP', 'TSA', 'USD', 'EUR', 'GBP', 'CAD', 'AUD',
  'BIOS', 'WHO', 'DPD', 'GLS', 'TNT', 'EMS', 'NASA', 'FBI', 'BBC', 'CNN', 'IBM', 'HP', 'BMW', 'IKEA', 'LOL', 'OMG', 'BTW', 'IMO', 'THX',
];
// Words written in capitals for emphasis, not acronyms: "reply YES", "do NOT".
const CAPITALISED_WORDS = new Set(['YES', 'NO', 'NOT', 'ALL', 'ANY', 'NEW', 'FREE', 'NOW', 'ONLY', 'NEVER', 'STOP', 'HELP', 'LUV', 'AND', 'OR', 'THE']);
// "the 10:55p flight from CLT", "get you to RDU": a place code, which travellers read like a name.
const PLACE_BEFORE = /\b(?:from|to|at|in|via|into|out of|get you|fly|flying)\s+$/i;
// Letters only: codes with digits ("DL2251", "C2") are flight numbers and order ids, not acronyms.
const ACRONYM = /^[A-Z]{2,6}s?$/;

/**
 * Acronyms the customer may not know: all-caps words not widely known, not spelled out in the
 * draft ("Return Merchandise Authorization (RMA)" or "RMA (return authorization)"), and not used by
 * the customer themselves. Only the first use of each is flagged.
 */
export function unexplainedAcronyms(options: CheckOptions<'unexplained-acronyms'>): RuleRunner {
  const known = new Set([...WIDELY_KNOWN, ...options.known.map((word) => word.toUpperCase())]);
  return ({ text, input }) => {
    const customerWords = new Set((input.customerMessage ?? '').match(/\b[A-Z][A-Z0-9&]{1,5}\b/g) ?? []);
    const seen = new Set<string>();
    const hits: Hit[] = [];
    for (const sentence of text.sentences) {
      const { words } = sentence;
      words.forEach((word, index) => {
        // Most words are not in capitals: ruled out before anything is copied.
        if (!ACRONYM.test(word.text)) return;
        const bare = word.text.replace(/s$/, '');
        if (known.has(word.text) || known.has(bare) || seen.has(bare) || CAPITALISED_WORDS.has(word.text)) return;
        if (word.text.length === 3 && PLACE_BEFORE.test(text.prose.slice(Math.max(0, word.start - 12), word.start))) return;
        // "RF-22341", "#INV-88": the letters of a reference, not an acronym.
        if (/^[-#/]?\d/.test(text.prose.slice(word.end, word.end + 2)) || text.prose[word.start - 1] === '#') return;
        // "AT&T": one name that the segmenter splits at the ampersand.
        if (text.prose[word.end] === '&' || text.prose[word.start - 1] === '&') return;
        // A run of capitals is shouting, not an acronym; the shouting check speaks to that.
        const neighbours = [words[index - 1], words[index + 1]].filter((near) => near && /^[A-Z]{2,}$/.test(near.text) && !known.has(near.text));
        if (neighbours.length > 0) return;
        seen.add(bare);
        if (customerWords.has(bare) || customerWords.has(word.text) || isSpelledOut(text.prose, word.start, word.end)) return;
        hits.push({ start: word.start, end: word.end, vars: { match: word.text } });
      });
    }
    return hits;
  };
}

/** "(RMA)" right after the words it stands for, or "RMA (…)" followed by its meaning. */
function isSpelledOut(prose: string, start: number, end: number): boolean {
  return prose[start - 1] === '(' || /^\s*\(/.test(prose.slice(end, end + 3)) || /^\s*,?\s*(?:or|i\.e\.|meaning|which (?:is|means|stands for))\b/i.test(prose.slice(end, end + 30));
}
