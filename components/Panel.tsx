import { helpdeskNameList } from '../lib/helpdesks/adapters';
import type { Notice } from '../lib/panel/notices';
import type { PanelState } from '../lib/panel/panel-state';
import { CustomerQuestions } from './CustomerQuestions';
import { EmptyState } from './EmptyState';
import type { FindingActions } from './FindingCard';
import { FindingList } from './FindingList';
import { FollowUpChecklist } from './FollowUpChecklist';
import { Header } from './Header';
import { NoticeLine } from './NoticeLine';
import { PanelLinks } from './PanelLinks';
import { Summary } from './Summary';

export type { PanelState } from '../lib/panel/panel-state';

interface PanelProps extends FindingActions {
  state: PanelState | null;
  /** Offered when no editor was found: lets the agent switch Reply Coach on for this site. */
  onEnableSite?: () => void;
  /** What the last action did, when there is something to say. */
  notice?: Notice | null;
  /** The agent corrects the customer's name in the header (`null`: the page's again). */
  onCorrectCustomerName?: (name: string | null) => void;
}

/** The side panel's content for one tab. */
export function Panel({ state, onEnableSite, notice, onCorrectCustomerName, ...actions }: PanelProps) {
  if (!state) return <NoEditor notice={notice ?? null} {...(onEnableSite ? { onEnableSite } : {})} />;
  const { analysis, draft, context, sources, adapterId } = state;
  const listening = analysis.listening;
  return (
    // data-draft-length: which draft is on screen, for tools measuring how fast the panel follows typing.
    <main class="panel" data-draft-length={draft.length}>
      <Header helpdesk={adapterId} context={context} sources={sources} {...(listening?.mood ? { mood: listening.mood } : {})} {...(onCorrectCustomerName ? { onCorrectCustomerName } : {})} />
      <NoticeLine notice={notice ?? null} />
      {draft.trim() === '' ? (
        <EmptyState title="Start typing your reply">Reply Coach checks it as you write.</EmptyState>
      ) : (
        <>
          <Summary findings={analysis.findings} />
          {analysis.findings.length === 0 ? (
            <EmptyState title="Nothing to improve">This reply is clear, kind and personal.</EmptyState>
          ) : (
            <FindingList findings={analysis.findings} draft={draft} {...actions} />
          )}
        </>
      )}
      {listening && <CustomerQuestions questions={listening.questions} />}
      {listening && <FollowUpChecklist topics={listening.topics} />}
      <PanelLinks />
    </main>
  );
}

function NoEditor({ onEnableSite, notice }: { onEnableSite?: () => void; notice: Notice | null }) {
  return (
    <main class="panel">
      <div data-testid="connection" data-status="no-editor" data-helpdesk="">
        <NoticeLine notice={notice} />
        <EmptyState title="No reply editor found on this page">
          <p>Open a ticket in your helpdesk and click into the reply box. Reply Coach reads {helpdeskNameList()}.</p>
          {onEnableSite ? (
            <p>
              Using another tool?{' '}
              <button type="button" class="button button--primary" data-action="enable-site" onClick={onEnableSite}>
                Enable Reply Coach on this site
              </button>
            </p>
          ) : (
            <p>
              Using another tool? Open it in this tab and click the Reply Coach toolbar button to enable the site here, or add it in{' '}
              <a href="/options.html#sites" target="_blank" rel="noopener" data-action="open-site-settings">
                Settings › Sites
              </a>
              .
            </p>
          )}
        </EmptyState>
      </div>
      <PanelLinks />
    </main>
  );
}
