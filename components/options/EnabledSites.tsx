import { useEffect, useState } from 'preact/hooks';
import type { SiteAccessApi } from '../../lib/site-access/enabled-sites';
import { helpdeskNameList } from '../../lib/helpdesks/adapters';
import { readSiteAddress, type SiteAddress } from '../../lib/site-access/site-address';
import { disableSite, listEnabledSites, siteLabel, watchEnabledSites } from '../../lib/site-access/site-list';
import { HELPDESK_LABELS } from '../labels';

interface EnabledSitesProps {
  /** The browser's permissions API (tests pass an in-memory one). */
  permissions: SiteAccessApi['permissions'];
}

interface Message {
  tone: 'error' | 'status';
  text: string;
}

/**
 * The sites beyond the known helpdesks where the agent turned Reply Coach on: add one by its address
 * (the browser asks to confirm that one site) or turn one off. The browser's granted permissions are
 * the list, so a site removed in the browser's own settings disappears here too.
 */
export function EnabledSites({ permissions }: EnabledSitesProps) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    let live = true;
    void listEnabledSites(permissions).then((found) => live && setSites(found));
    const stop = watchEnabledSites(permissions, (found) => live && setSites(found));
    return () => {
      live = false;
      stop();
    };
  }, [permissions]);

  const refresh = () => void listEnabledSites(permissions).then(setSites);

  const enable = (event: Event) => {
    event.preventDefault();
    // The field as it is now (a paste and an immediate Enter can come before the next render).
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('site-address') as HTMLInputElement;
    const site = readSiteAddress(field.value);
    if (!site.ok) {
      setMessage({ tone: 'error', text: problemText(site) });
      return;
    }
    const where = site.patterns.map(siteLabel).join(' and ');
    const missing = site.patterns.filter((pattern) => !sites?.includes(pattern));
    if (missing.length === 0) {
      setMessage({ tone: 'status', text: `Reply Coach is already on for ${where}.` });
      return;
    }
    setMessage({ tone: 'status', text: `Confirm in your browser's prompt to let Reply Coach read ${where}.` });
    // Browsers show the permission prompt only while the click is being handled: ask before any wait.
    // A host typed without a scheme asks for https and http at once: one prompt.
    permissions.request({ origins: missing }).then(
      (granted) => {
        refresh();
        if (!granted) {
          setMessage({ tone: 'error', text: `Not enabled: the browser's prompt for ${site.host} was declined.` });
          return;
        }
        setAddress('');
        setMessage({ tone: 'status', text: `Reply Coach is on for ${where}. Pages open there start now; click into the reply box.` });
      },
      (error: unknown) => setMessage({ tone: 'error', text: `The browser did not enable ${site.host}: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  const turnOff = (pattern: string) => {
    void disableSite(permissions, pattern).then(() => {
      refresh();
      setMessage({ tone: 'status', text: `Reply Coach is off for ${siteLabel(pattern)}. Reload its open pages to let go of them.` });
    });
  };

  return (
    <section class="card" aria-labelledby="sites-heading" id="enabled-sites">
      <h3 id="sites-heading">Sites you enabled</h3>
      <p class="muted">
        Reply Coach reads the reply box in {helpdeskNameList()}. Answer customers somewhere else? Add that site
        here; your browser asks you to confirm, for that one site only. A host typed alone (support.example.com) is enabled over https and http; a full address (https://…) for that one.
      </p>
      <form class="site-form" onSubmit={enable}>
        <label class="field">
          <span class="field__label">Site address</span>
          <input
            type="text"
            name="site-address"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="support.example.com"
            value={address}
            onInput={(event) => setAddress((event.currentTarget as HTMLInputElement).value)}
            aria-invalid={message?.tone === 'error' ? 'true' : undefined}
            aria-describedby="site-message"
          />
        </label>
        <button type="submit" class="button button--primary" data-action="enable-site-address">
          Enable on this site
        </button>
      </form>
      <p id="site-message" class={message?.tone === 'error' ? 'site-form__error' : 'muted'} role={message?.tone === 'error' ? 'alert' : 'status'} data-testid="site-message">
        {message?.text ?? ''}
      </p>
      {sites === null ? null : sites.length === 0 ? (
        <p class="muted" data-testid="no-enabled-sites">
          No other sites yet.
        </p>
      ) : (
        <ul class="enabled-sites">
          {sites.map((pattern) => (
            <li key={pattern} data-enabled-site={pattern}>
              <span class="rule__id">{siteLabel(pattern)}</span>{' '}
              <button type="button" class="button" data-action="disable-site" onClick={() => turnOff(pattern)} aria-label={`Turn Reply Coach off for ${siteLabel(pattern)}`}>
                Turn off
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function problemText(site: Exclude<SiteAddress, { ok: true }>): string {
  switch (site.reason) {
    case 'empty':
      return 'Type the address of the site first, for example support.example.com.';
    case 'not-a-web-address':
      return 'That is not a web address. Copy it from the address bar, for example https://support.example.com/tickets.';
    case 'wildcard':
      return 'Enable one site at a time: type its full address, without *.';
    case 'helpdesk':
      return `Reply Coach already runs on ${HELPDESK_LABELS[site.helpdesk]}; there is nothing to enable.`;
  }
}
