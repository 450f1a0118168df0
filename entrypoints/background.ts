import { browser } from 'wxt/browser';
import { analyze } from '@/lib/engine';
import { openPanelBeside, openPanelFromToolbar, type PanelOpeningApi } from '@/lib/panel/open-from-toolbar';
import { ruleSetFor } from '@/lib/rules/profiles';
import { outcomeOfFinishedDraft } from '@/lib/self-assessment/finished-draft';
import { record as recordSelfAssessment } from '@/lib/self-assessment/history';
import { ActiveRules } from '@/lib/settings/active-rules';
import { getMutedRules, watchMutedRules } from '@/lib/settings/muted-rules';
import { ruleEventsBetween } from '@/lib/settings/rule-stat-events';
import { recordRuleEvents } from '@/lib/settings/rule-stats';
import { listenForSiteAccess } from '@/lib/site-access/enabled-sites';
import { HELPDESK_MATCH_PATTERNS } from '@/lib/helpdesks/hosts';
import { serveTeamAdapters } from '@/lib/settings/team-adapters';
import { listEnabledSites, watchEnabledSites } from '@/lib/site-access/site-list';
import { installContextMenu, limitContextMenu } from '@/lib/tab-state/context-menu';
import { listenForTabState } from '@/lib/tab-state/listen';
import { listenForContextCorrections } from '@/lib/tab-state/listen-corrections';
import { tabStatePublisher } from '@/lib/tab-state/publish-tab-state';
import { listenForEditorActions } from '@/lib/tab-state/relay-editor-actions';
import { TabStateStore } from '@/lib/tab-state/tab-state-store';

export default defineBackground(() => {
  // The toolbar button (and its keyboard shortcut) opens the side panel, or Firefox's sidebar.
  const panels = browser as unknown as PanelOpeningApi;
  openPanelFromToolbar(panels);

  // The team's rule set (local edits, imports, the administrator's policy); the bundled pack until loaded.
  const rules = new ActiveRules();
  const store = new TabStateStore((input, place) => analyze(input, ruleSetFor(rules.current, place)), browser.storage.session, Date.now, {
    // A finding that appears counts as "fired"; "fixed" is counted when a fix is applied (relay below).
    onReanalyzed: (previous, next) => {
      const fired = ruleEventsBetween(previous.analysis.findings, next.analysis.findings).filter((change) => change.event === 'fired');
      if (fired.length > 0) void recordRuleEvents(fired);
    },
    // Judged by the rules the draft was analyzed with: a check that was off claims nothing.
    onDraftFinished: (last) => void recordSelfAssessment(outcomeOfFinishedDraft(last, new Date(), ruleSetFor(rules.current, { helpdesk: last.adapterId, composer: last.context.composer }).rules)),
  });
  // Every change of a tab's state reaches its page (underlines), open panels and the toolbar count;
  // muting a rule changes what is open in every tab.
  const publish = tabStatePublisher(browser, { get: getMutedRules, watch: watchMutedRules }, () => void store.all().then((states) => states.forEach((state) => publish(state.tabId, state))));
  listenForTabState(browser, store, { publish, recordRuleEvents, openPanel: (tab) => openPanelBeside(panels, tab) });
  // The team's hosts and selectors for each helpdesk (its rule set's `helpdesks`), for the pages' scripts.
  const adapters = serveTeamAdapters(browser, () => rules.current);
  // When the rule set changes, the open tabs show the new rules' findings at once, and pages read with the team's selectors.
  rules.start(() =>
    void store.reanalyzeAll().then((states) => {
      states.forEach((state) => publish(state.tabId, state));
      adapters.push(states.map((state) => state.tabId));
    }),
  );
  // The agent corrects the context: selected text → context menu, or the name typed in the panel.
  listenForContextCorrections(browser, store, publish);
  if (browser.contextMenus) {
    // Offered on the pages Reply Coach reads: the helpdesks and the sites the agent enabled, as they come and go.
    const pages = (sites: string[]) => [...HELPDESK_MATCH_PATTERNS, ...sites];
    const enabledSites = () => (browser.permissions ? listEnabledSites(browser.permissions).catch(() => []) : Promise.resolve([]));
    installContextMenu(browser, store, () => enabledSites().then(pages), publish);
    if (browser.permissions) watchEnabledSites(browser.permissions, (sites) => limitContextMenu(browser, pages(sites)));
  }
  // The panel's highlights, fixes and dismissals, forwarded to the frame that holds the editor.
  listenForEditorActions(browser, store, recordRuleEvents, publish);
  // Sites beyond the helpdesks, enabled by the agent from the panel.
  if (browser.scripting && browser.permissions) listenForSiteAccess(browser);
});
