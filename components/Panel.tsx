import type { AnalysisResult } from '../lib/engine/types';
import type { AdapterId } from '../lib/messaging/adapter-ids';
import type { DraftContext } from '../lib/messaging/content-messages';
import { CustomerQuestions } from './CustomerQuestions';
import { EmptyState } from './EmptyState';
import type { FindingActions } from './FindingCard';
import { FindingList } from './FindingList';
import { FollowUpChecklist } from './FollowUpChecklist';
import { Header } from './Header';
import { Summary } from './Summary';

/** What the panel shows for one tab: the editor being read there, or `null` when there is none. */
export interface PanelState {
  adapterId: AdapterId;
  draft: string;
  context: DraftContext;
  analysis: AnalysisResult;
}

interface PanelProps extends FindingActions {
  state: PanelState | null;
  /** Offered when no editor was found: lets the agent switch Reply Coach on for this site. */
  onEnableSite?: () => void;
}

/** The side panel's content for one tab. */
export function Panel({ state, onEnableSite, ...actions }: PanelProps) {
  if (!state) return <NoEditor {...(onEnableSite ? { onEnableSite } : {})} />;
  const { analysis, draft, context, adapterId } = state;
  const listening = analysis.listening;
  return (
    <main class="panel">
      <Header helpdesk={adapterId} context={context} {...(listening?.mood ? { mood: listening.mood } : {})} />
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
    </main>
  );
}

function NoEditor({ onEnableSite }: { onEnableSite?: () => void }) {
  return (
    <main class="panel">
      <div data-testid="connection" data-status="no-editor" data-helpdesk="">
        <EmptyState title="No reply editor found on this page">
          <p>Open a ticket in your helpdesk and click into the reply box. Reply Coach reads Zendesk, Freshdesk, Intercom, Help Scout, Front, Gmail, Salesforce, HubSpot, Zoho Desk and Gorgias.</p>
          {onEnableSite && (
            <p>
              Using another tool?{' '}
              <button type="button" class="button button--primary" data-action="enable-site" onClick={onEnableSite}>
                Enable Reply Coach on this site
              </button>
            </p>
          )}
        </EmptyState>
      </div>
    </main>
  );
}
