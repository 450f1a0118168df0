import type { ComponentChildren } from 'preact';
import type { SelfAssessmentHistory } from '../../lib/self-assessment/history';
import { reflectionQuestions } from '../../lib/self-assessment/reflection';
import { summarize } from '../../lib/self-assessment/summary';
import { tipsFor } from '../../lib/self-assessment/tips';
import { EmptyState } from '../EmptyState';
import { CategoryChart } from './CategoryChart';
import { ClearHistory } from './ClearHistory';
import type { Download } from './download';
import { ExportButtons } from './ExportButtons';
import { Headline } from './Headline';
import { RecordingSwitch } from './RecordingSwitch';
import { Reflection } from './Reflection';
import { Tips } from './Tips';
import { TopRules } from './TopRules';
import { WeeklyTrend } from './WeeklyTrend';

interface SelfAssessmentViewProps {
  history: SelfAssessmentHistory;
  onSetEnabled: (enabled: boolean) => void;
  onClear: () => void;
  download: Download;
  now: () => Date;
  /** Rule titles by id, to name rules for people (empty until read: rules are then named from their ids). */
  titles?: ReadonlyMap<string, string>;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="assessment__section" aria-labelledby={`section-${id}`} data-section={id}>
      <h2 id={`section-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/** The agent's private self-assessment: their numbers, trend, tips and the chapter's questions. */
export function SelfAssessmentView({ history, onSetEnabled, onClear, download, now, titles = new Map() }: SelfAssessmentViewProps) {
  const { enabled, outcomes } = history;
  const summary = summarize(outcomes);
  return (
    <main class="assessment">
      <header class="assessment__header">
        <h1>Your self-assessment</h1>
        <p class="muted">
          Private to you and kept only in this browser: counts, which rules came up, and days. Never what you or your customers wrote.
        </p>
        <RecordingSwitch enabled={enabled} onChange={onSetEnabled} />
      </header>
      {outcomes.length === 0 ? (
        <EmptyState title="No replies recorded yet">
          {enabled
            ? 'Finish a reply in your helpdesk with Reply Coach open: how your final drafts did shows up here.'
            : 'Recording is off. Switch it on to see how your final drafts do over time.'}
        </EmptyState>
      ) : (
        <>
          <Section id="numbers" title="Your numbers">
            <Headline summary={summary} />
          </Section>
          <Section id="categories" title="Final drafts that still had findings">
            <CategoryChart categories={summary.categories} />
          </Section>
          <Section id="trend" title="Week by week">
            <WeeklyTrend weeks={summary.weeks} />
          </Section>
          <Section id="top-rules" title="What comes up most">
            <TopRules rules={summary.topRules} titles={titles} />
          </Section>
          <Section id="tips" title="Tips for you">
            <Tips tips={tipsFor(summary)} />
          </Section>
          <Section id="reflection" title="Questions to ask yourself">
            <Reflection questions={reflectionQuestions(summary)} />
          </Section>
          <Section id="history" title="Your history">
            <p class="muted">Download it to share with your lead if you choose, or delete it.</p>
            <ExportButtons outcomes={outcomes} download={download} now={now} />
            <ClearHistory drafts={outcomes.length} onClear={onClear} />
          </Section>
        </>
      )}
    </main>
  );
}
