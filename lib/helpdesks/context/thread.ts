import { newest } from '../dom-text';
import { personOf } from './adapter-selectors';
import { messageText } from './field-text';
import { ancestorsThroughFrames, nearestGroups, queryAround } from './page-tree';
import { personName, samePerson } from './person-name';
import { codeWords, identityWords } from './words';

// How a message of a thread is named in markup (class, id, test ids, data attributes): "message",
// "comment", RT's "transaction", Intercom's "part"…
const MESSAGE_WORDS = ['message', 'msg', 'comment', 'thread', 'transaction', 'post', 'entry', 'email', 'mail', 'bubble', 'conversation', 'part', 'event', 'reply', 'chat'];
// Words of the parts inside a message, or of what holds many: never a message themselves.
const PART_WORDS = new Set([
  'header', 'body', 'content', 'text', 'meta', 'metadata', 'author', 'sender', 'footer', 'date', 'time', 'timestamp',
  'avatar', 'actions', 'action', 'attachment', 'attachments', 'quote', 'preview', 'title', 'subject', 'stanza', 'html', 'list',
  'container', 'wrapper', 'composer', 'editor', 'input', 'button', 'form', 'tag', 'badge', 'count', 'icon', 'link', 'tab', 'tabs',
  'log', 'history', 'toolbar', 'menu',
]);
const CANDIDATES = [
  'article',
  '[role="article"]',
  '[data-message-id]',
  '[data-transaction-id]',
  '[data-comment-id]',
  ...MESSAGE_WORDS.flatMap((word) => ['class', 'id', 'data-testid', 'data-test-id', 'data-id', 'data-cy'].map((attribute) => `[${attribute}*="${word}" i]`)),
].join(', ');
/** Regions that list other things than this ticket's thread. */
const ELSEWHERE = 'nav, aside, [role="navigation"], [role="complementary"], [role="banner"], [role="menu"], [role="listbox"], button, a, label, select';
const MAX_CANDIDATES = 400;

/** One message of the thread as the page shows it. */
export interface ThreadMessage {
  element: Element;
  /** Who wrote it, as "Name <address>" when the page gives an address. */
  author: string | undefined;
  authorElement: Element | undefined;
  side: 'customer' | 'agent' | 'unknown';
}

/** The customer's latest message found in the thread, with its author's name when shown. */
export interface LatestCustomerMessage {
  text: string;
  author: string | undefined;
}

/**
 * The messages of the thread around the editor: elements the markup names like messages
 * ("message", "comment", "transaction", an `<article>`…), outside navigation and side panels, not
 * containing the composer, the outermost of each (a message, not its parts), and never a box that
 * holds several of them. Each is marked as the customer's or the agent's where the page says so.
 */
export function threadMessages(editor: Element, known: { customer?: string | undefined; agent?: string | undefined } = {}): ThreadMessage[] {
  const candidates = queryAround(editor, CANDIDATES)
    .filter((element) => !element.closest(ELSEWHERE) && !holdsComposer(element) && looksLikeMessage(element))
    .slice(0, MAX_CANDIDATES);
  const items = outermost(withoutContainers(candidates));
  // The thread is what is nearest the composer: a list elsewhere in the page is another ticket's.
  const near = nearestGroups(editor, items).flatMap((group) => group.elements);
  const messages = near.map((element): ThreadMessage => {
    const parts = partsOf(element);
    const authorElement = authorElementOf(parts);
    const person = personOf(authorElement);
    return { element, author: person && (personName(person) || /@/.test(person)) ? person : undefined, authorElement, side: markedSide(element, parts) };
  });
  return settleSides(messages, known);
}

/**
 * The customer's newest message in the thread: by `<time datetime>` when every message has one, else
 * the last in the page (the first when the composer sits above the thread, newest first). Quoted
 * history is left out.
 */
export function latestCustomerMessage(editor: Element, known: { customer?: string | undefined; agent?: string | undefined } = {}): LatestCustomerMessage | undefined {
  const customers = threadMessages(editor, known).filter((message) => message.side === 'customer');
  if (customers.length === 0) return undefined;
  const elements = customers.map((message) => message.element);
  const composerFirst = elements.every((element) => follows(element, editor));
  const latestElement = composerFirst && !elements.every((element) => element.querySelector('time[datetime]')) ? elements[0] : newest(elements);
  const latest = customers.find((message) => message.element === latestElement)!;
  const text = bodyText(latest);
  return text ? { text, author: latest.author && personName(latest.author) } : undefined;
}

function looksLikeMessage(element: Element): boolean {
  if (identityWords(element).some((word) => PART_WORDS.has(word))) return false;
  const named = identityWords(element, { dataNames: true }).some((word) => MESSAGE_WORDS.includes(word));
  if (!named && element.tagName !== 'ARTICLE' && element.getAttribute('role') !== 'article') return false;
  return (element.textContent?.trim().length ?? 0) >= 12;
}

function holdsComposer(element: Element): boolean {
  return element.querySelector('textarea, [contenteditable="true"], [contenteditable=""]') !== null;
}

/** Drops boxes holding two or more separate candidates (a thread, not a message). `candidates` are in document order. */
function withoutContainers(candidates: readonly Element[]): Element[] {
  return candidates.filter((candidate, index) => {
    let separate = 0;
    let last: Element | undefined;
    for (let next = index + 1; next < candidates.length && candidate.contains(candidates[next]!); next++) {
      if (last?.contains(candidates[next]!)) continue;
      last = candidates[next];
      if (++separate >= 2) return false;
    }
    return true;
  });
}

/** The outermost of nested candidates: the message, not its parts. */
function outermost(candidates: readonly Element[]): Element[] {
  const result: Element[] = [];
  for (const candidate of candidates) if (!result.some((kept) => kept.contains(candidate))) result.push(candidate);
  return result;
}

const CUSTOMER_WORDS = new Set(['customer', 'enduser', 'requester', 'requestor', 'contact', 'contacts', 'client', 'visitor', 'inbound', 'incoming', 'received', 'guest']);
const AGENT_WORDS = new Set(['agent', 'agents', 'staff', 'operator', 'admin', 'outbound', 'outgoing', 'internal', 'private', 'note', 'bot', 'system', 'teammate', 'employee']);
// Only these turn around with a "false" value: data-from-agent="false" is the customer's.
const SIDE_WORDS = new Set(['agent', 'staff', 'operator', 'customer', 'enduser', 'requester', 'inbound', 'outbound', 'incoming', 'outgoing']);
const PART_OF_BODY = new Set(['body', 'content', 'text', 'messagebody', 'stanza', 'html']);
const MAX_MARKED_ELEMENTS = 200;

/** Customer or agent, from how the message's markup (not its text) marks it: classes, data attributes, type, profile links. */
function markedSide(message: Element, parts: readonly Element[]): ThreadMessage['side'] {
  let customer = 0;
  let agent = 0;
  const count = (words: readonly string[], weight: number, inverted = false) => {
    for (const word of words) {
      let isCustomer = CUSTOMER_WORDS.has(word);
      if (!isCustomer && !AGENT_WORDS.has(word)) continue;
      if (inverted) {
        if (!SIDE_WORDS.has(word)) continue;
        isCustomer = !isCustomer;
      }
      if (isCustomer) customer += weight;
      else agent += weight;
    }
  };
  for (const element of [message, ...parts]) {
    const weight = element === message ? 2 : 1;
    for (const { name, value } of element.attributes) {
      const lower = value.trim().toLowerCase();
      if (name === 'href') count(profileWords(lower), weight);
      else if (lower === 'true' || lower === 'false') count(codeWords(name.replace(/^data-/, '')), weight, lower === 'false');
      else if (name === 'class' || name === 'type' || name === 'role' || name.startsWith('data-')) {
        if (/^(in|out)$/.test(lower)) count([lower === 'in' ? 'inbound' : 'outbound'], weight);
        else count([...codeWords(value), ...(/end[-_ ]?user/.test(lower) ? ['enduser'] : [])], weight);
      }
    }
  }
  return customer > agent ? 'customer' : agent > customer ? 'agent' : 'unknown';
}

const PROFILE_LINKS = ['contacts', 'customers', 'users', 'agents', 'people', 'requesters'].map((path) => `a[href*="/${path}/"]`).join(', ');

/** Profile links say who wrote: /contacts/…, /customers/… or /agents/…, /staff/…. */
function profileWords(href: string): string[] {
  const path = /^[a-z]+:\/\/[^/]+(\/[^?#]*)/.exec(href)?.[1] ?? href.split(/[?#]/)[0]!;
  if (/\/(?:contacts?|customers?|end_users?|requesters?)\//.test(path)) return ['customer'];
  if (/\/(?:agents?|staff|admins?)\//.test(path)) return ['agent'];
  return [];
}

/**
 * The elements of a message outside its body and quotes (its header, author, badges), where its
 * markup says who wrote it: at most MAX_MARKED_ELEMENTS, each visited once.
 */
function partsOf(message: Element): Element[] {
  const parts: Element[] = [];
  const walker = message.ownerDocument.createTreeWalker(message, 1 /* NodeFilter.SHOW_ELEMENT */, {
    acceptNode: (node) =>
      (node as Element).tagName === 'BLOCKQUOTE' || identityWords(node as Element).some((word) => PART_OF_BODY.has(word)) ? 2 /* FILTER_REJECT: skips the subtree */ : 1,
  });
  for (let node = walker.nextNode(); node && parts.length < MAX_MARKED_ELEMENTS; node = walker.nextNode()) parts.push(node as Element);
  return parts;
}

const AUTHOR_WORDS = new Set(['author', 'sender', 'from', 'user', 'username', 'name', 'creator', 'by', 'byline', 'who', 'actor', 'poster', 'participant']);

/** Where the message names its author (among its `parts`): an element named for it, an address, a user link; else its first bold name. */
function authorElementOf(parts: readonly Element[]): Element | undefined {
  const named = parts.find((element) => identityWords(element).some((word) => AUTHOR_WORDS.has(word)) && isShort(element));
  return (
    // A byline holds the name and more (a date, a badge): the name is its bold or linked part.
    (named && (named.querySelector('strong, b, cite, a, [class*="name" i]') ?? named)) ??
    parts.find((element) => element.matches(`[email], a[href^="mailto:"], [data-user-id], ${PROFILE_LINKS}`) && isShort(element)) ??
    parts.find((element) => element.matches('strong, b, cite, h2, h3, h4, h5, h6') && isShort(element))
  );
}

function isShort(element: Element): boolean {
  const length = element.textContent?.trim().length ?? 0;
  return length > 0 && length <= 100;
}

/**
 * Messages the markup leaves unmarked take the side their author gives them: the known customer's,
 * the signed-in agent's, anyone else's. Where the page marks only the agent's messages, the others
 * are the customer's. With nothing known, the ticket's first message is the customer's (tickets start
 * with their request), and so is every message by the same author.
 */
function settleSides(messages: ThreadMessage[], known: { customer?: string | undefined; agent?: string | undefined }): ThreadMessage[] {
  const sideByAuthor = (author: string | undefined): ThreadMessage['side'] => {
    if (!author) return 'unknown';
    if (known.agent && samePerson(author, known.agent)) return 'agent';
    if (known.customer) return samePerson(author, known.customer) ? 'customer' : 'agent';
    // Only the agent is known (an e-mail thread): anyone else writing is the customer.
    return known.agent ? 'customer' : 'unknown';
  };
  let settled = messages.map((message) => (message.side === 'unknown' ? { ...message, side: sideByAuthor(message.author) } : message));
  // The page marks only the agent's side ("staff"): every other message is the customer's.
  if (settled.some((message) => message.side === 'agent') && !settled.some((message) => message.side === 'customer')) {
    settled = settled.map((message) => (message.side === 'unknown' ? { ...message, side: 'customer' } : message));
  }
  if (settled.every((message) => message.side === 'unknown')) {
    const first = oldest(settled);
    if (first?.author) settled = settled.map((message) => ({ ...message, side: message.author ? (samePerson(message.author, first.author!) ? 'customer' : 'agent') : 'unknown' }));
    else if (settled.length === 1) settled = [{ ...settled[0]!, side: 'customer' }];
  }
  return settled;
}

function oldest(messages: readonly ThreadMessage[]): ThreadMessage | undefined {
  const times = messages.map((message) => Date.parse(message.element.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''));
  if (messages.length > 0 && times.every((time) => !Number.isNaN(time))) return messages[times.indexOf(Math.min(...times))];
  return messages[0];
}

const META = 'time, button, header, footer, [class*="meta" i], [class*="author" i], [class*="sender" i], [class*="avatar" i], [class*="timestamp" i], [class*="byline" i], [class*="actions" i], [class*="header" i]';

/**
 * The message's own words: its body part when it has one (the longest part named body, content or
 * text that leaves its author out), else its text without author, time and actions.
 */
function bodyText({ element, author, authorElement }: ThreadMessage): string | undefined {
  let fromBody: string | undefined;
  for (const part of element.querySelectorAll('*')) {
    if (!identityWords(part).some((word) => PART_OF_BODY.has(word)) || part.closest('blockquote') || (authorElement && part.contains(authorElement))) continue;
    const text = messageText(part);
    if (text && text.length > (fromBody?.length ?? 0)) fromBody = text;
  }
  if (fromBody) return fromBody;
  const text = messageText(element, META);
  if (!text) return undefined;
  // A name in bold above the message is its author, not what they wrote.
  const [first = '', ...rest] = text.split('\n');
  const authorName = author && (personName(author) ?? author);
  return authorName && first.includes(authorName) && rest.length > 0 ? rest.join('\n').trim() || undefined : text;
}

/** Whether `node` comes after `editor` in the page (the composer above the thread). */
function follows(node: Element, editor: Element): boolean {
  const composer = ancestorsThroughFrames(editor).find((element) => element.ownerDocument === node.ownerDocument) ?? editor;
  return (composer.compareDocumentPosition(node) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}
