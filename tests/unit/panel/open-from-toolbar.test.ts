import { describe, expect, it, vi } from 'vitest';
import { openPanelBeside, openPanelFromToolbar } from '../../../lib/panel/open-from-toolbar';

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

describe('the count at the editor opens the panel beside its tab', () => {
  it('in Chrome, in the window of the tab (or the tab itself when its window is unknown)', () => {
    const open = vi.fn(async () => undefined);
    const sidePanel = { setPanelBehavior: vi.fn(async () => undefined), open };
    openPanelBeside({ sidePanel }, { id: 7, windowId: 2 });
    openPanelBeside({ sidePanel }, { id: 7 });
    expect(open.mock.calls).toEqual([[{ windowId: 2 }], [{ tabId: 7 }]]);
  });

  it("in Firefox, by opening the sidebar", () => {
    const openSidebar = vi.fn(async () => undefined);
    openPanelBeside({ sidebarAction: { toggle: vi.fn(async () => undefined), open: openSidebar } }, { id: 7 });
    expect(openSidebar).toHaveBeenCalledTimes(1);
  });
});
