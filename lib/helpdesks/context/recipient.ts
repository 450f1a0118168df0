import { fieldText } from './field-text';
import { labelledValues, PageTexts } from './labelled-value';
import { closestThroughFrames, nearestGroups, queryAround } from './page-tree';
import { personName } from './person-name';

// Recipient fields and chips of e-mail-style composers: Gmail's `[name=to]` chips, "recipient" inputs,
// RT's `TxnSendMailTo` checkboxes.
const RECIPIENT_FIELDS = [
  '[name="to" i]',
  '[name*="recipient" i]',
  '[name*="mailto" i]',
  '[id*="recipient" i]',
  '[class*="recipient" i]',
  '[data-testid*="recipient" i]',
  '[aria-label="to" i]',
  '[aria-label^="to " i]',
  '[aria-label*="recipient" i]',
].join(', ');

/** How far above the editor a recipient may be and still be the reply's (its composer). */
const NEAR_COMPOSER_LEVELS = 6;

// Headings over a list of recipients say whose addresses it holds: RT lists them per notification
// ("On Correspond Notify Requestors and Ccs", "… Notify Owner and AdminCcs").
const HEADING = 'b, strong, h1, h2, h3, h4, h5, h6, legend, dt, th, [role="heading"]';
const CUSTOMER_HEADING = /\b(?:requesters?|requestors?|customers?|contacts?|clients?|end users?)\b/i;
const STAFF_HEADING = /\b(?:owners?|admin ?ccs?|admins?|agents?|staff|assignees?|watchers?|team)\b/i;
/** How far up, and how many siblings back, a recipient's heading is looked for. */
const HEADING_LEVELS = 6;
const HEADING_SIBLINGS = 20;

/**
 * The reply's recipients who can be the customer, as the page names them ("Dana Whitfield
 * <dana@example.com>", a chip's `data-name`, the value of a "To:" line), the likeliest first:
 * - To/recipient fields and chips near the composer, unless listed under a heading naming staff;
 * - then recipients anywhere in the composer's form listed under a heading naming the customer
 *   (RT's reply page lists who each notification mails, far from its editor);
 * - then a "To:" line near the composer.
 * A recipient listed for the owner or the admins (a colleague) is never one of them.
 */
export function recipientPeople(editor: Element, texts = new PageTexts(editor)): string[] {
  const people: string[] = [];
  const add = (texts: readonly string[]) => {
    const person = texts.find((text) => personName(text)) ?? texts.find((text) => /@/.test(text));
    if (person && !people.includes(person)) people.push(person);
  };
  const fields = queryAround(editor, RECIPIENT_FIELDS);
  const groups = nearestGroups(editor, fields);
  for (const group of groups) {
    if (group.level > NEAR_COMPOSER_LEVELS) break;
    for (const field of group.elements) if (headedFor(field) !== 'staff') add(recipientTexts(field));
  }
  const form = closestThroughFrames(editor, 'form');
  for (const group of groups) {
    for (const field of group.elements) if (form?.contains(field) && headedFor(field) === 'customer') add(recipientTexts(field));
  }
  for (const { value, level } of labelledValues(editor, /^to:?(?:\s+(.+))?$/i, texts)) if (level <= NEAR_COMPOSER_LEVELS) add([value]);
  return people;
}

/** The customer's name from the reply's recipients (see recipientPeople): a bare address names no one. */
export function recipientName(editor: Element, texts = new PageTexts(editor)): string | undefined {
  return recipientPeople(editor, texts).map(personName).find(Boolean);
}

/**
 * What a recipient field says about who it is, as "Name <address>" when it can: a chip's name, its
 * label (a checkbox's "Dana Whitfield <dana@…>"), its value.
 */
function recipientTexts(field: Element): string[] {
  const chip = field.matches('[data-name]') ? field : field.querySelector('[data-name]');
  if (chip) return [chip.getAttribute('data-name') ?? ''];
  // A checkbox is a recipient when it stands for an address (RT's "All recipients" box is not one).
  if (field.matches('[type="checkbox"], [type="radio"]') && !/@/.test((field as HTMLInputElement).value)) return [];
  // A checkbox or input naming an address: its label says who it is.
  const label = field.id ? [...field.ownerDocument.querySelectorAll('label')].find((candidate) => candidate.htmlFor === field.id) : field.closest('label');
  return [fieldText(label ?? undefined) ?? '', fieldText(field) ?? ''].filter(Boolean);
}

/** Whose addresses the list holding `field` is, by the first heading before it: the customer's, staff's, or unknown. */
function headedFor(field: Element): 'customer' | 'staff' | undefined {
  let node: Element | null = field;
  for (let level = 0; node && level < HEADING_LEVELS; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let seen = 0; sibling && seen < HEADING_SIBLINGS; seen++, sibling = sibling.previousElementSibling) {
      if (!sibling.matches(HEADING)) continue;
      const heading = fieldText(sibling) ?? '';
      // "To:", "Cc:" say how, not whose: look further up.
      if (/^(?:to|cc|bcc)\s*:?$/i.test(heading)) continue;
      if (CUSTOMER_HEADING.test(heading)) return 'customer';
      return STAFF_HEADING.test(heading) ? 'staff' : undefined;
    }
  }
  return undefined;
}
