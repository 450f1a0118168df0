import { canBeSubject, cleanSubject } from './clean-subject';
import { fieldText } from './field-text';
import { labelledValues, PageTexts } from './labelled-value';
import { nearestGroups, queryAround } from './page-tree';

const SUBJECT_FIELDS = ['name', 'id', 'class', 'aria-label', 'data-testid', 'data-test-id', 'data-id', 'data-cy'].map((attribute) => `[${attribute}*="subject" i]`).join(', ');

/**
 * The subject from a field the page names so (`input[name="UpdateSubject"]`, `.ticket-subject`, a
 * "Subject:" label), nearest the editor first. `notThese` are names it cannot be (the customer's).
 */
export function subjectFromField(editor: Element, notThese: readonly (string | undefined)[] = [], texts = new PageTexts(editor)): string | undefined {
  const fields = queryAround(editor, SUBJECT_FIELDS).filter((element) => !element.matches('label, button, a, [type="search"], [type="checkbox"], [type="radio"], [type="hidden"]'));
  for (const group of nearestGroups(editor, fields)) {
    for (const field of group.elements) {
      const subject = cleanSubject(fieldText(field));
      if (canBeSubject(subject, notThese) && !/^subject:?$/i.test(subject)) return subject;
    }
  }
  for (const { value } of labelledValues(editor, /^subject:?(?:\s+(.+))?$/i, texts)) {
    const subject = cleanSubject(value);
    if (canBeSubject(subject, notThese)) return subject;
  }
  return undefined;
}
