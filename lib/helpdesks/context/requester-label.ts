import { fieldText } from './field-text';
import { labelledValues, PageTexts } from './labelled-value';
import { nearestGroups, queryAround } from './page-tree';
import { personName } from './person-name';
import { identityWords } from './words';

/** A label for the person the ticket is from, alone on its line ("Requestors:") or with the name after it. */
const REQUESTER_LABEL = /^(?:requesters?|requestors?|requested by|contact(?: name)?|customer(?: name)?|client|end user|reported by|submitted by|opened by)\s*:?(?:\s+(.+))?$/i;

// Elements whose markup calls them the requester's (or customer's, contact's) name: `.requester-name`,
// `[data-id="contactName"]`.
const NAMED_FIELDS = ['requester', 'requestor', 'customer', 'contact', 'client']
  .flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`, `[data-testid*="${word}" i]`, `[data-test-id*="${word}" i]`, `[data-id*="${word}" i]`])
  .join(', ');
const PERSON_WORDS = new Set(['requester', 'requestor', 'customer', 'contact', 'client']);

/**
 * The customer's name from a requester / contact / customer label anywhere in the page (a sidebar,
 * the ticket's fields), nearest the editor first; then an element named for it (`.requester-name`).
 */
export function requesterName(editor: Element, texts = new PageTexts(editor)): string | undefined {
  for (const { value } of labelledValues(editor, REQUESTER_LABEL, texts)) {
    const name = personName(value);
    if (name) return name;
  }
  const fields = queryAround(editor, NAMED_FIELDS).filter((element) => {
    const words = identityWords(element);
    return words.includes('name') && words.some((word) => PERSON_WORDS.has(word)) && !element.closest('nav, [role="navigation"]');
  });
  for (const group of nearestGroups(editor, fields)) {
    for (const field of group.elements) {
      const name = personName(fieldText(field) ?? '');
      if (name) return name;
    }
  }
  return undefined;
}
