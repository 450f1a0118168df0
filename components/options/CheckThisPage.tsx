import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CONTEXT_CHAINS, CONTEXT_FIELDS, type ContextField, type ContextSource, type ContextStrategy } from '../../lib/messaging/context-sources';
import type { TabState } from '../../lib/messaging/panel-messages';
import { readTabStates, type TabStatesApi } from '../../lib/tab-state/read-tab-states';
import { HELPDESK_LABELS } from '../labels';

const FIELD_LABELS: Record<ContextField, string> = {
  customerName: "Customer's name",
  customerMessage: "Customer's latest message",
  subject: 'Subject',
  composer: 'Reply or internal note',
};

/** Each strategy as a team lead reads it (lib/messaging/context-sources.ts). */
const STRATEGY_LABELS: Record<ContextStrategy, string> = {
  adapter: "the helpdesk's selector",
  recipient: "the reply's recipient (To)",
  'requester-label': 'a requester / contact label',
  'message-author': "the author of the customer's latest message",
  thread: 'the newest customer message of the thread',
  'quoted-in-draft': 'the message quoted in the draft',
  'subject-field': 'a subject field',
  'page-heading': "the page's heading",
  'document-title': "the page's title",
  'composer-controls': 'controls near the composer',
  'composer-words': 'words near the composer',
  'composer-container': "the composer's containers",
  default: 'nothing said otherwise: a public reply',
  agent: 'set by the agent',
};

const defaultApi: TabStatesApi = {
  tabIds: async () => (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  sendMessage: (message) => browser.runtime.sendMessage(message),
};

/**
 * "Check this page": for the pages Reply Coach reads now (the one the agent was just in first), what
 * each context field read and which adapter selector or generic strategy found it, or what was tried
 * in vain. For a team lead writing selectors in the rule file's `helpdesks` section.
 */
export function CheckThisPage({ api = defaultApi }: { api?: TabStatesApi }) {
  const [states, setStates] = useState<TabState[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const check = () => void readTabStates(api).then(setStates, () => setStates([]));
  useEffect(check, [api]);
  const state = states?.find((candidate) => candidate.tabId === chosen) ?? states?.[0];

  return (
    <section class="card" aria-labelledby="check-page-heading" id="check-page">
      <h2 id="check-page-heading">Check this page</h2>
      <p class="muted">
        What Reply Coach read around the reply box, and how. Open a ticket, click into its reply box, then check. Selectors for your helpdesk go in the rule file's <code>helpdesks</code>{' '}
        section.
      </p>
      {states !== null && states.length === 0 && (
        <p data-testid="check-page-empty">No reply box is being read right now. Click into one in your helpdesk, then check again.</p>
      )}
      {states !== null && states.length > 1 && (
        <label class="field">
          <span class="field__label">Page</span>
          <select name="check-page-tab" value={String(state?.tabId)} onChange={(event) => setChosen(Number((event.currentTarget as HTMLSelectElement).value))}>
            {states.map((candidate) => (
              <option key={candidate.tabId} value={String(candidate.tabId)}>
                {pageLabel(candidate)}
              </option>
            ))}
          </select>
        </label>
      )}
      {state && <PageReading state={state} />}
      <div class="actions">
        <button type="button" class="button" data-action="check-page" onClick={check}>
          Check again
        </button>
      </div>
    </section>
  );
}

function PageReading({ state }: { state: TabState }) {
  return (
    <div data-testid="page-reading" data-adapter={state.adapterId}>
      <p>
        {state.adapterId === 'generic' ? 'No helpdesk adapter knows this page: the generic strategies read it.' : `Read as ${HELPDESK_LABELS[state.adapterId]}.`}{' '}
        <span class="muted rule__id">{state.pageUrl ?? state.frame.url}</span>
      </p>
      <div class="table-scroll">
        <table class="stats check-page">
          <caption class="visually-hidden">Each field of the ticket, what was read and where from</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Read</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {CONTEXT_FIELDS.map((field) => (
              <FieldRow key={field} field={field} value={fieldValue(state, field)} source={state.sources?.[field]} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function FieldRow({ field, value, source }: { field: ContextField; value: string | undefined; source: ContextSource | undefined }) {
  return (
    <tr data-field={field} data-strategy={value ? (source?.strategy ?? '') : 'none'}>
      <th scope="row">{FIELD_LABELS[field]}</th>
      <td class="check-page__value">{value ? shorten(value) : <span class="muted">not found</span>}</td>
      <td>
        {value && source ? (
          <>
            {STRATEGY_LABELS[source.strategy]}
            {source.selector && (
              <>
                {' '}
                <code class="rule__id">{source.selector}</code>
              </>
            )}
          </>
        ) : (
          <span class="muted">tried {CONTEXT_CHAINS[field].map((strategy) => STRATEGY_LABELS[strategy]).join(', ')}</span>
        )}
      </td>
    </tr>
  );
}

function fieldValue(state: TabState, field: ContextField): string | undefined {
  if (field === 'composer') return state.context.composer === 'note' ? 'Internal note' : 'Public reply';
  return state.context[field];
}

function pageLabel(state: TabState): string {
  return `${HELPDESK_LABELS[state.adapterId]}: ${state.context.subject ?? state.pageUrl ?? state.frame.url}`;
}

function shorten(text: string): string {
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
