import { helpdeskNameList } from '../lib/helpdesks/adapters';
import type { Notice } from '../lib/panel/notices';
import { panelModel } from '../lib/panel/panel-model';
import type { PanelView, UndoableDismissal } from '../lib/panel/panel-session';
import type { PanelState } from '../lib/panel/panel-state';
import { BeforeYouSend } from './BeforeYouSend';
import { ContextGaps } from './ContextGaps';
import { EmptyState } from './EmptyState';
import type { FindingActions } from './FindingRow';
import { FindingList } from './FindingList';
import { Header } from './Header';
import { NoticeAnnouncer, NoticeLine } from './NoticeLine';
import { PanelLinks } from './PanelLinks';
import { Summary } from './Summary';
import { UnderlineSwitch } from './UnderlineSwitch';

export type { PanelState } from '../lib/panel/panel-state';

interface PanelProps extends FindingActions {
  state: PanelState | null;
  /** Offered when no editor was found: lets the agent switch Reply Coach on for this site. */
  onEnableSite?: () => void;
  /** What the last action did, when there is something to say. */
  notice?: Notice | null;
  undo?: UndoableDismissal | null;
  onUndo?: () => void;
  underlines?: PanelView['underlines'];
  onUnderlinesHere?: (on: boolean) => void;
  /** The agent corrects the customer's name in the header (`null`: the page's again). */
  onCorrectCustomerName?: (name: string | null) => void;
}

/** The side panel's content for one tab. */
export function Panel({ state, onEnableSite, notice = null, undo = null, onUndo, underlines, onUnderlinesHere, onCorrectCustomerName, ...actions }: PanelProps) {
  if (!state) return <NoEditor notice={notice} {...(onEnableSite ? { onEnableSite } : {})} />;
  const { analysis, draft, context, sources, adapterId } = state;
  const model = panelModel(state);
  const listening = analysis.listening;
  const empty = draft.trim() === '';
  // A notice about no finding (or one the list does not show) stays at the top.
  const general = notice && !notice.about ? notice : null;
  return (
    // data-draft-length: which draft is on screen, for tools measuring how fast the panel follows typing.
    <main class="panel" data-draft-length={draft.length} data-open-findings={model.openCount}>
      <Header helpdesk={adapterId} context={context} sources={sources} {...(listening?.mood ? { mood: listening.mood } : {})} {...(onCorrectCustomerName ? { onCorrectCustomerName } : {})}>
        <ContextGaps missing={model.missing} />
      </Header>
      <NoticeAnnouncer notice={notice} />
      {general && <NoticeLine notice={general} />}
      {empty ? (
        <EmptyState title="Start typing your reply">Reply Coach checks it as you write.</EmptyState>
      ) : (
        <>
          <Summary findings={analysis.findings} checks={model.checks} openBeforeSend={model.beforeYouSend.filter((item) => !item.done).length} />
          <FindingList ranked={model.ranked} notice={notice} undo={undo} {...(onUndo ? { onUndo } : {})} {...actions} />
        </>
      )}
      <BeforeYouSend items={model.beforeYouSend} notice={notice} undo={undo} {...(onUndo ? { onUndo } : {})} {...actions} />
      {underlines && onUnderlinesHere && <UnderlineSwitch {...underlines} onChange={onUnderlinesHere} />}
      <PanelLinks />
    </main>
  );
}

function NoEditor({ onEnableSite, notice }: { onEnableSite?: () => void; notice: Notice | null }) {
  return (
    <main class="panel">
      <div data-testid="connection" data-status="no-editor" data-helpdesk="">
        <NoticeAnnouncer notice={notice} />
        {notice && <NoticeLine notice={notice} />}
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
