import { useEffect, useState } from 'preact/hooks';
import { clear, readHistory, setEnabled, watchHistory, type SelfAssessmentHistory } from '../../lib/self-assessment/history';
import { readRuleTitles } from '../../lib/settings/rule-titles';
import { downloadFile, type Download } from './download';
import { SelfAssessmentView } from './SelfAssessmentView';

interface SelfAssessmentPageProps {
  download?: Download;
  now?: () => Date;
}

/** The self-assessment page, reading and changing the history in local storage; live while open. */
export function SelfAssessmentPage({ download = downloadFile, now = () => new Date() }: SelfAssessmentPageProps) {
  const [history, setHistory] = useState<SelfAssessmentHistory | null>(null);
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    void readRuleTitles().then(setTitles, () => undefined);
  }, []);
  useEffect(() => {
    let mounted = true;
    let changedSinceRead = false;
    // Watch before the first read, so a reply recorded meanwhile is not missed nor overwritten by the older read.
    const unwatch = watchHistory((next) => {
      changedSinceRead = true;
      if (mounted) setHistory(next);
    });
    void readHistory().then((next) => {
      if (mounted && !changedSinceRead) setHistory(next);
    });
    return () => {
      mounted = false;
      unwatch();
    };
  }, []);

  if (!history) return <main class="assessment" aria-busy="true" />;
  // The watcher shows the result of each change, whichever context made it.
  return <SelfAssessmentView history={history} onSetEnabled={(enabled) => void setEnabled(enabled)} onClear={() => void clear()} download={download} now={now} titles={titles} />;
}
