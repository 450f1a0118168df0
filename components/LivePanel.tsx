import { useEffect, useState } from 'preact/hooks';
import type { PanelSession } from '../lib/panel/panel-session';
import { Panel } from './Panel';

/** The panel view, following a live session: every change in the tab or the settings re-renders it. */
export function LivePanel({ session }: { session: PanelSession }) {
  const [view, setView] = useState(session.view());
  useEffect(() => session.subscribe(setView), [session]);
  return (
    <Panel
      state={view.state}
      notice={view.notice}
      undo={view.undo}
      onUndo={() => session.undoDismiss()}
      {...(view.underlines ? { underlines: view.underlines } : {})}
      onUnderlinesHere={(on) => session.setUnderlinesHere(on)}
      onApply={(finding) => void session.apply(finding)}
      onDismiss={(finding) => session.dismiss(finding)}
      onMuteRule={(ruleId) => session.muteRule(ruleId)}
      onHighlight={(finding) => session.highlight(finding)}
      onCorrectCustomerName={(name) => session.correctCustomerName(name)}
      {...(view.canEnableSite ? { onEnableSite: () => session.enableSite() } : {})}
    />
  );
}
