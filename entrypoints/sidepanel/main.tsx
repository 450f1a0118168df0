import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LivePanel } from '@/components/LivePanel';
import '@/components/panel.css';
import { PanelSession } from '@/lib/panel/panel-session';
import { pinnedTabId } from '@/lib/panel/pinned-tab';
import { getMutedRules, muteRule, watchMutedRules } from '@/lib/settings/muted-rules';
import { readUnderlineSettings, saveUnderlineSettings, watchUnderlineSettings } from '@/lib/settings/underline-settings';
import { requestSiteAccess } from '@/lib/site-access/request-site-access';

// The side panel (Chrome), the sidebar (Firefox), or a page pinned to one tab with ?tabId=<n>.
function mount(root: HTMLElement): void {
  const pinned = pinnedTabId(location.search);
  const session = new PanelSession({
    browser,
    mutedRules: { get: getMutedRules, watch: watchMutedRules, mute: muteRule },
    underlines: { get: readUnderlineSettings, watch: watchUnderlineSettings, save: saveUnderlineSettings },
    requestSiteAccess,
    ...(pinned === undefined ? {} : { pinnedTabId: pinned }),
  });
  session.start();
  addEventListener('pagehide', () => session.stop(), { once: true });
  render(<LivePanel session={session} />, root);
}

mount(document.getElementById('app')!);
