import { fieldText } from './field-text';
import { labelledValues, PageTexts } from './labelled-value';
import { nearestGroups, queryAround } from './page-tree';
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

/**
 * The customer's name from the reply's recipient, near the composer: a To/recipient field or chip
 * ("Dana Whitfield <dana@example.com>", a chip's `data-name`), or a "To:" line. A bare address names
 * no one: undefined then.
 */
export function recipientName(editor: Element, texts = new PageTexts(editor)): string | undefined {
  const near = nearestGroups(editor, queryAround(editor, RECIPIENT_FIELDS)).filter((group) => group.level <= NEAR_COMPOSER_LEVELS);
  for (const group of near) {
    for (const field of group.elements) {
      const name = recipientTexts(field).map(personName).find(Boolean);
      if (name) return name;
    }
  }
  for (const { value, level } of labelledValues(editor, /^to:?(?:\s+(.+))?$/i, texts)) {
    const name = level <= NEAR_COMPOSER_LEVELS ? personName(value) : undefined;
    if (name) return name;
  }
  return undefined;
}

/** What a recipient field says about who it is: a chip's name, its value, its label. */
function recipientTexts(field: Element): string[] {
  const chip = field.matches('[data-name]') ? field : field.querySelector('[data-name]');
  if (chip) return [chip.getAttribute('data-name') ?? ''];
  // A checkbox or input naming an address: its label says who it is.
  const label = field.id ? [...field.ownerDocument.querySelectorAll('label')].find((candidate) => candidate.htmlFor === field.id) : field.closest('label');
  return [fieldText(field) ?? '', fieldText(label ?? undefined) ?? ''];
}
