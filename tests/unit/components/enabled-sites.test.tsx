// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnabledSites } from '../../../components/options/EnabledSites';
import { browserWith } from '../site-access/site-access-browser';

const WAIT = { timeout: 4000 };
const roots: HTMLElement[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
  document.body.innerHTML = '';
});

/** The options page's Sites section on a browser that already granted `granted`. */
async function openSites(granted: string[], answer = { grant: true }) {
  const browser = browserWith(granted, [], answer);
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(<EnabledSites permissions={browser.api.permissions} />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-enabled-site], [data-testid="no-enabled-sites"]')).not.toBeNull(), WAIT);
  return { root, browser };
}

const listed = (root: HTMLElement) => [...root.querySelectorAll('[data-enabled-site]')].map((item) => item.getAttribute('data-enabled-site'));
const message = (root: HTMLElement) => root.querySelector('[data-testid="site-message"]')?.textContent ?? '';

function enable(root: HTMLElement, address: string) {
  const input = root.querySelector<HTMLInputElement>('input[name="site-address"]')!;
  input.value = address;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  root.querySelector<HTMLButtonElement>('[data-action="enable-site-address"]')!.click();
}

describe('options page: sites the agent enabled', () => {
  it('lists the sites the browser granted, not the helpdesks the manifest covers', async () => {
    const { root } = await openSites(['https://*.zendesk.com/*', 'https://support.acme.com/*']);
    expect(listed(root)).toEqual(['https://support.acme.com/*']);
    expect(root.querySelector('[data-enabled-site]')?.textContent).toContain('support.acme.com');
  });

  it('says so when no other site is on', async () => {
    const { root } = await openSites([]);
    expect(root.querySelector('[data-testid="no-enabled-sites"]')?.textContent).toContain('No other sites');
  });

  it('asks the browser for the one site typed (a URL copied from the address bar works) and lists it', async () => {
    const { root, browser } = await openSites([]);
    enable(root, '  https://support.acme.com/tickets/311?view=1 ');
    await vi.waitFor(() => expect(listed(root)).toEqual(['https://support.acme.com/*']), WAIT);
    expect(browser.asked).toEqual([['https://support.acme.com/*']]);
    expect(message(root)).toContain('on for https://support.acme.com.');
    expect(root.querySelector<HTMLInputElement>('input[name="site-address"]')!.value).toBe('');
  });

  it('asks for http and https at once for a host typed without a scheme, and lists exactly what was granted', async () => {
    const { root, browser } = await openSites([]);
    enable(root, 'rt.example.test:8080');
    await vi.waitFor(() => expect(listed(root)).toEqual(['https://rt.example.test/*', 'http://rt.example.test/*']), WAIT);
    expect(browser.asked).toEqual([['https://rt.example.test/*', 'http://rt.example.test/*']]);
    expect([...root.querySelectorAll('[data-enabled-site] .rule__id')].map((item) => item.textContent)).toEqual(['https://rt.example.test', 'http://rt.example.test']);
    expect(message(root)).toContain('on for https://rt.example.test and http://rt.example.test');
  });

  it('asks only for what is missing to be "on" for a bare host whose https side is already on', async () => {
    const { root, browser } = await openSites(['https://rt.example.test/*']);
    enable(root, 'rt.example.test');
    await vi.waitFor(() => expect(listed(root)).toEqual(['https://rt.example.test/*', 'http://rt.example.test/*']), WAIT);
    expect(browser.asked).toEqual([['http://rt.example.test/*']]);
  });

  it('tells the agent to answer the browser’s prompt while it is open', async () => {
    const { root, browser } = await openSites([]);
    let answer: (granted: boolean) => void = () => undefined;
    browser.api.permissions.request = () => new Promise<boolean>((resolve) => (answer = resolve));
    enable(root, 'support.acme.com');
    await vi.waitFor(() => expect(message(root)).toContain("Confirm in your browser's prompt"), WAIT);
    answer(true);
    await vi.waitFor(() => expect(message(root)).toContain('on for https://support.acme.com and http://support.acme.com'), WAIT);
  });

  it('keeps the address and says why when the agent declines the browser’s prompt', async () => {
    const { root, browser } = await openSites([], { grant: false });
    enable(root, 'support.acme.com');
    await vi.waitFor(() => expect(message(root)).toContain('declined'), WAIT);
    expect(browser.asked).toEqual([['https://support.acme.com/*', 'http://support.acme.com/*']]);
    expect(listed(root)).toEqual([]);
    expect(root.querySelector<HTMLInputElement>('input[name="site-address"]')!.value).toBe('support.acme.com');
  });

  it.each([
    ['', 'Type the address'],
    ['not a site', 'not a web address'],
    ['intranet', 'not a web address'],
    ['chrome://extensions', 'not a web address'],
    ['https://*.acme.com', 'one site at a time'],
    ['acme.zendesk.com', 'already runs on Zendesk'],
    ['https://desk.zoho.eu/agent', 'already runs on Zoho Desk'],
  ])('explains why "%s" cannot be enabled, without a prompt', async (address, why) => {
    const { root, browser } = await openSites([]);
    enable(root, address);
    await vi.waitFor(() => expect(message(root)).toContain(why), WAIT);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(why);
    expect(browser.asked).toEqual([]);
  });

  it('does not ask again for a site that is already on', async () => {
    const { root, browser } = await openSites(['https://support.acme.com/*', 'http://support.acme.com/*']);
    enable(root, 'support.acme.com/tickets');
    await vi.waitFor(() => expect(message(root)).toContain('already on'), WAIT);
    expect(browser.asked).toEqual([]);
  });

  it('turns a site off by removing its permission', async () => {
    const { root, browser } = await openSites(['https://support.acme.com/*', 'https://help.globex.org/*']);
    root.querySelector<HTMLButtonElement>('[data-enabled-site="https://support.acme.com/*"] [data-action="disable-site"]')!.click();
    await vi.waitFor(() => expect(listed(root)).toEqual(['https://help.globex.org/*']), WAIT);
    expect(browser.granted).toEqual(['https://help.globex.org/*']);
    expect(message(root)).toContain('off for https://support.acme.com');
  });

  it('follows a site removed in the browser’s own settings', async () => {
    const { root, browser } = await openSites(['https://support.acme.com/*']);
    browser.revoke('https://support.acme.com/*');
    await vi.waitFor(() => expect(listed(root)).toEqual([]), WAIT);
  });
});
