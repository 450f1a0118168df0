import type { MessageSelector } from '../../rules/adapter-data';
import type { HelpdeskAdapter } from '../adapter';
import { newest } from '../dom-text';
import { fieldText, messageText } from './field-text';
import { closestThroughFrames, nearestMatch, nearestMatches } from './page-tree';
import { personName, samePerson } from './person-name';

/** A field read by one of the adapter's selectors: the value, and which selector found it. */
export interface Found {
  value: string;
  selector: string;
}

/** A customer message read by the adapter: its text, its author (when the adapter says where), the selector. */
export interface FoundMessage extends Found {
  author?: Found;
}

/** The first of `selectors` that finds an element with text near the editor. */
export function readBySelectors(editor: Element, selectors: readonly string[] | undefined, read: (element: Element) => string | undefined = fieldText): Found | undefined {
  for (const selector of selectors ?? []) {
    for (const element of nearestMatches(editor, selector)) {
      const value = read(element);
      if (value) return { value, selector };
    }
  }
  return undefined;
}

/** The customer's name by the adapter's `customerName` selectors. */
export function adapterCustomerName(adapter: HelpdeskAdapter, editor: Element): Found | undefined {
  return readBySelectors(editor, adapter.customerName, (element) => personName(fieldText(element) ?? ''));
}

/**
 * The customer's latest message by the adapter's `customerMessage` selectors: the newest message
 * nearest the editor (by its `<time datetime>`, else the last), never one by the signed-in agent.
 */
export function adapterCustomerMessage(adapter: HelpdeskAdapter, editor: Element): FoundMessage | undefined {
  const agent = readBySelectors(editor, adapter.agent, agentIdentity)?.value;
  for (const entry of adapter.customerMessage ?? []) {
    const { message, body, author } = typeof entry === 'string' ? ({ message: entry } as Exclude<MessageSelector, string>) : entry;
    const messages = nearestMatches(editor, message).filter((item) => !agent || !author || !samePerson(personOf(item.querySelector(author)), agent));
    const latest = newest(messages);
    if (!latest) continue;
    const text = messageText((body && latest.querySelector(body)) || latest);
    if (!text) continue;
    const authorElement = author ? latest.querySelector(author) : null;
    const name = authorElement ? personName(personOf(authorElement)) : undefined;
    return { value: text, selector: message, ...(name && author ? { author: { value: name, selector: author } } : {}) };
  }
  return undefined;
}

/** Note or reply by the adapter's `note` and `reply` selectors: the editor or an element around it matches. */
export function adapterComposer(adapter: HelpdeskAdapter, editor: Element): { value: 'note' | 'reply'; selector: string } | undefined {
  for (const [kind, selectors] of [['note', adapter.note], ['reply', adapter.reply]] as const) {
    for (const selector of selectors ?? []) if (closestThroughFrames(editor, selector)) return { value: kind, selector };
  }
  return undefined;
}

/** Whether the adapter's `pages` selectors recognise the page around the editor. */
export function adapterKnowsPage(adapter: HelpdeskAdapter, editor: Element): boolean {
  return (adapter.pages ?? []).some((selector) => nearestMatch(editor, selector) !== undefined || closestThroughFrames(editor, selector) !== undefined);
}

/** Who an element names, as "Name <address>" when it carries an address (Gmail's `email` attribute, a mailto link). */
export function personOf(element: Element | null | undefined): string {
  if (!element) return '';
  const name = element.getAttribute('name') || fieldText(element) || '';
  const href = element.getAttribute('href') ?? '';
  const address = element.getAttribute('email') || element.getAttribute('data-email') || (href.startsWith('mailto:') ? href.slice(7) : '');
  return address ? `${name} <${address}>` : name;
}

/** The signed-in agent as an element names them: its text, or its label ("Google Account: Sam (sam@…)"). */
function agentIdentity(element: Element): string | undefined {
  return [fieldText(element), element.getAttribute('aria-label'), element.getAttribute('title')].filter(Boolean).join(' ') || undefined;
}
