import { emailIn, samePerson } from './person-name';

/**
 * A subject as the customer wrote it, without "Re:" nor the ticket number a helpdesk puts around it: "Update
 * ticket #12: Printer offline", "#4711 Cannot export report", "[acme.example #12] …", "Mug arrived
 * broken (#9021)". First line only; undefined when nothing is left.
 */
export function cleanSubject(text: string | undefined): string | undefined {
  const line = (text ?? '').split('\n').find((part) => part.trim())?.trim() ?? '';
  const subject = line
    // A reply's "Re: " (or a forward's): the ticket's subject is what follows.
    .replace(/^(?:(?:re|fwd?|aw|sv)\s*:\s*)+/i, '')
    .replace(/^\[[^\]]*#\d+\]\s*/, '')
    .replace(/^(?:(?:update|reply to|respond to|comment on)\s+)?(?:(?:ticket|case|request|conversation|issue)\s*(?:#|no\.?\s*)?|#)\d+\s*(?:[:\-–—]\s*|\s+|$)/i, '')
    // "(#12)", or a number shown right after the words ("broken#9021": a badge beside the heading); "order #88412" stays.
    .replace(/\s*(?:\(#?\d+\)|\[#?\d+\])$|(?<=\S)#\d+$/, '')
    .trim();
  return subject || undefined;
}

/** Words a page's title or heading uses for where you are, not what the ticket is about. */
const PLACE_NAMES = /^(?:inbox|dashboard|home|tickets?|conversations?|cases?|support|help ?desk|views?|search|mail|messages?|untitled|loading\W*|details|(?:ticket|case) details|reply|compose|new message|update ticket|(?:ticket|case|request)(?:\s*#?\d+)?)$/i;

/**
 * Whether `candidate` can be a ticket's subject: not a place in the app ("Inbox"), not a helpdesk's
 * name, not a person (the customer, the agent), not an address, not a bare number.
 */
export function canBeSubject(candidate: string | undefined, notThese: readonly (string | undefined)[]): candidate is string {
  if (!candidate || candidate.length < 3 || candidate.length > 250) return false;
  if (PLACE_NAMES.test(candidate) || emailIn(candidate) || /^#?\d+$/.test(candidate)) return false;
  return !notThese.some((other) => other && (other.toLowerCase() === candidate.toLowerCase() || samePerson(other, candidate)));
}
