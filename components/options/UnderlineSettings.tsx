import type { UnderlineSettings as Settings } from '../../lib/settings/underlines';
import { withSite } from '../../lib/settings/underlines';

interface UnderlineSettingsProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

/** Underlines, the card at the words and the count in the editor: on or off everywhere, and the sites where the agent turned them off. */
export function UnderlineSettings({ settings, onChange }: UnderlineSettingsProps) {
  return (
    <section class="card" aria-labelledby="underlines-heading" id="underlines">
      <h3 id="underlines-heading">Underlines in the editor</h3>
      <label class="rule__toggle">
        <input type="checkbox" checked={settings.enabled} data-control="underlines-everywhere" onChange={(event) => onChange({ ...settings, enabled: event.currentTarget.checked })} /> Underline suggestions in the
        reply editor, with a card at the words and the count at its corner
      </label>
      <p class="muted">The side panel and the count on the toolbar button stay either way. Turn them off for one site from the side panel.</p>
      {settings.offSites.length > 0 && (
        <ul class="enabled-sites" aria-label="Sites where underlines are off">
          {settings.offSites.map((site) => (
            <li key={site} data-underlines-off={site}>
              Off on <strong>{site}</strong>{' '}
              <button type="button" class="button" data-action="underlines-on" onClick={() => onChange(withSite(settings, site, true))}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
