import { canBeSubject, cleanSubject } from './clean-subject';
import { fieldText } from './field-text';
import { nearestGroups, queryAround } from './page-tree';

/**
 * The subject from the page's main heading ("Update ticket #12: Printer offline" → "Printer
 * offline"), nearest the editor first; never a place in the app or a person's name (`notThese`: a
 * chat's heading is the customer).
 */
export function subjectFromHeading(editor: Element, notThese: readonly (string | undefined)[] = []): string | undefined {
  for (const group of nearestGroups(editor, queryAround(editor, 'h1, [role="heading"][aria-level="1"]'))) {
    for (const heading of group.elements) {
      const subject = cleanSubject(fieldText(heading));
      if (canBeSubject(subject, notThese)) return subject;
    }
  }
  return undefined;
}
