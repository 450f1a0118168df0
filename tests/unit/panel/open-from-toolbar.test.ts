import { describe, expect, it, vi } from 'vitest';
import { openPanelFromToolbar } from '../../../lib/panel/open-from-toolbar';

type Click = (tab: { windowId?: number } | undefined) => void;

describe('the toolbar button opens the panel', () => {
  it('in Chrome, by opening the side panel in the window of the click itself (so the click grants activeTab)', () => {
    let click: Click | undefined;
    const setPanelBehavior = vi.fn(async () => undefined);
    const open = vi.fn(async () => undefined);
    openPanelFromToolbar({ sidePanel: { setPanelBehavior, open }, action: { onClicked: { addListener: (listener) => (click = listener) } } });
    // Chrome's own "open on click" would swallow the click: no activeTab, so no "enable this site".
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    expect(open).not.toHaveBeenCalled();
    click?.({ windowId: 3 });
    // Synchronously, within the click: Chrome refuses sidePanel.open after an await.
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('in Firefox, by toggling the sidebar when the button is clicked', () => {
    let click: Click | undefined;
    const toggle = vi.fn(async () => undefined);
    openPanelFromToolbar({ sidebarAction: { toggle }, browserAction: { onClicked: { addListener: (listener) => (click = listener) } } });
    expect(toggle).not.toHaveBeenCalled();
    click?.(undefined);
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});
