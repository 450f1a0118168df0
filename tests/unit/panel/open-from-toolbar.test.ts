import { describe, expect, it, vi } from 'vitest';
import { openPanelFromToolbar } from '../../../lib/panel/open-from-toolbar';

describe('the toolbar button opens the panel', () => {
  it('in Chrome, by asking the browser to open the side panel on a click', () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    openPanelFromToolbar({ sidePanel: { setPanelBehavior } });
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('in Firefox, by toggling the sidebar when the button is clicked', () => {
    let click: (() => void) | undefined;
    const toggle = vi.fn(async () => undefined);
    openPanelFromToolbar({ sidebarAction: { toggle }, browserAction: { onClicked: { addListener: (listener) => (click = listener) } } });
    expect(toggle).not.toHaveBeenCalled();
    click?.();
    expect(toggle).toHaveBeenCalledTimes(1);
  });
});
