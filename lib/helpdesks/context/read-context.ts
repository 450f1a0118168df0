import type { AdapterId } from '../../messaging/adapter-ids';
import type { DraftContext } from '../../messaging/content-messages';
import type { ContextSource, ContextSources } from '../../messaging/context-sources';
import type { HelpdeskAdapter } from '../adapter';
import { adapterComposer, adapterCustomerMessage, adapterCustomerName, adapterKnowsPage, readBySelectors, type Found } from './adapter-selectors';
import { cleanSubject } from './clean-subject';
import { composerFromContainer } from './composer-container';
import { composerFromControls } from './composer-controls';
import { composerFromWords } from './composer-words';
import { subjectFromTitle } from './document-title';
import { fieldText } from './field-text';
import { PageTexts } from './labelled-value';
import { subjectFromHeading } from './page-heading';
import { closestThroughFrames } from './page-tree';
import { personName } from './person-name';
import { quotedInDraft } from './quoted-in-draft';
import { recipientName } from './recipient';
import { requesterName } from './requester-label';
import { subjectFromField } from './subject-field';
import { latestCustomerMessage } from './thread';

/** The ticket around a draft: which adapter read it, each field, and where each field came from. */
export interface ContextReading {
  adapterId: AdapterId;
  context: DraftContext;
  sources: ContextSources;
}

/**
 * Reads each context field through its chain: the adapter's selectors first, then the generic
 * strategies, in the order the most specific evidence comes first.
 *
 * - customer name: adapter (its name selectors, then its messages' authors) → the reply's recipient
 *   → a requester / contact label → the author of the customer's latest message;
 * - latest customer message: adapter → the newest customer message of the thread → the message
 *   quoted inside the draft;
 * - subject: adapter → a subject field → the page heading → the document title;
 * - reply or note: adapter → controls near the composer → words near it → its containers' names → reply.
 *
 * `adapter` is the site's (or `generic`). When the editor is not the adapter's reply editor and none
 * of its selectors finds anything, the page is not one the adapter knows: reported as generic.
 * A strategy that throws on a strange page counts as finding nothing.
 */
export function readTicketContext(adapter: HelpdeskAdapter, editor: HTMLElement, draft: string): ContextReading {
  const context: Partial<DraftContext> = {};
  const sources: Partial<ContextSources> = {};
  /** Takes the first attempt that finds a value for `field`. */
  const readField = (field: 'customerName' | 'customerMessage' | 'subject', ...attempts: (() => Attempt)[]): void => {
    for (const attempt of attempts) {
      const [value, source] = safely(attempt) ?? [];
      if (!value || !source) continue;
      context[field] = value;
      sources[field] = source;
      return;
    }
  };

  // The page's short texts, looked through once for every label ("To:", "Requestors:", "Subject:").
  const texts = new PageTexts(editor);
  const message = safely(() => adapterCustomerMessage(adapter, editor));
  readField(
    'customerName',
    () => fromAdapter(adapterCustomerName(adapter, editor) ?? message?.author),
    () => [recipientName(editor, texts), { strategy: 'recipient' }],
    () => [requesterName(editor, texts), { strategy: 'requester-label' }],
  );

  const agent = safely(() => readBySelectors(editor, adapter.agent))?.value;
  const latest = message ? undefined : safely(() => latestCustomerMessage(editor, { customer: context.customerName, agent }));
  const quoted = message || latest ? undefined : safely(() => quotedInDraft(editor, draft));
  readField(
    'customerMessage',
    () => fromAdapter(message),
    () => [latest?.text, { strategy: 'thread' }],
    () => [quoted?.text, { strategy: 'quoted-in-draft' }],
  );
  if (!context.customerName) readField('customerName', () => [personName((latest ?? quoted)?.author ?? ''), { strategy: 'message-author' }]);

  const notSubjects = [context.customerName, agent];
  readField(
    'subject',
    () => fromAdapter(readBySelectors(editor, adapter.subject, (element) => cleanSubject(fieldText(element)))),
    () => [subjectFromField(editor, notSubjects, texts), { strategy: 'subject-field' }],
    () => [subjectFromHeading(editor, notSubjects), { strategy: 'page-heading' }],
    () => [subjectFromTitle(editor, notSubjects), { strategy: 'document-title' }],
  );

  const composer = composerChain(adapter, editor);
  const usedAdapter = [...Object.values(sources), composer.source].some((source) => source.strategy === 'adapter');
  const recognised = adapter.id !== 'generic' && (usedAdapter || isAdaptersEditor(adapter, editor) || safely(() => adapterKnowsPage(adapter, editor)) === true);
  return {
    adapterId: recognised ? adapter.id : 'generic',
    context: { ...context, composer: composer.kind },
    sources: { ...sources, composer: composer.source },
  };
}

type Attempt = [string | undefined, ContextSource];

function fromAdapter(found: Found | undefined): Attempt {
  return [found?.value, { strategy: 'adapter', selector: found?.selector ?? '' }];
}

function composerChain(adapter: HelpdeskAdapter, editor: HTMLElement): { kind: DraftContext['composer']; source: ContextSource } {
  const fromAdapter = safely(() => adapterComposer(adapter, editor));
  if (fromAdapter) return { kind: fromAdapter.value, source: { strategy: 'adapter', selector: fromAdapter.selector } };
  const strategies = [
    ['composer-controls', composerFromControls],
    ['composer-words', composerFromWords],
    ['composer-container', composerFromContainer],
  ] as const;
  for (const [strategy, read] of strategies) {
    const kind = safely(() => read(editor));
    if (kind) return { kind, source: { strategy } };
  }
  return { kind: 'reply', source: { strategy: 'default' } };
}

/** Whether `editor` is (or sits in) one of the adapter's reply editors. */
export function isAdaptersEditor(adapter: HelpdeskAdapter, editor: Element): boolean {
  return (adapter.editor ?? []).some((selector) => closestThroughFrames(editor, selector) !== undefined);
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
