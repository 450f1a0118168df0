import { canBeSubject, cleanSubject } from './clean-subject';
import { pageDocument } from './page-tree';

/**
 * The subject from the page's title, without the helpdesk's name after it: "#4711 Cannot export
 * report - Zoho Desk" → "Cannot export report". The title's parts that are places in the app, the
 * helpdesk, people (`notThese`) or addresses are left out; the first one left is the subject.
 */
export function subjectFromTitle(editor: Element, notThese: readonly (string | undefined)[] = []): string | undefined {
  const parts = pageDocument(editor).title.split(/\s+[|\-–—·:]{1,2}\s+/).map((part) => part.trim()).filter(Boolean);
  // "Subject - Site": the last part is the site's name.
  if (parts.length > 1) parts.pop();
  for (const part of parts) {
    const subject = cleanSubject(part);
    if (canBeSubject(subject, notThese)) return subject;
  }
  return undefined;
}
