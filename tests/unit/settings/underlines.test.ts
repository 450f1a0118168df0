import { describe, expect, it } from 'vitest';
import { DEFAULT_UNDERLINES, underlineSettingsOf, underlinesOn, withSite } from '../../../lib/settings/underlines';

describe('underline switches', () => {
  it.each([
    { stored: undefined, host: 'acme.zendesk.com', on: true },
    { stored: { enabled: true, offSites: ['acme.zendesk.com'] }, host: 'ACME.zendesk.com', on: false },
    { stored: { enabled: true, offSites: ['acme.zendesk.com'] }, host: 'other.zendesk.com', on: true },
    { stored: { enabled: false, offSites: [] }, host: 'acme.zendesk.com', on: false },
    { stored: 'garbage', host: 'acme.zendesk.com', on: true },
  ])('$stored on $host: $on', ({ stored, host, on }) => {
    expect(underlinesOn(underlineSettingsOf(stored), host)).toBe(on);
  });

  it('turns one site off and on again', () => {
    const off = withSite(DEFAULT_UNDERLINES, 'Acme.Zendesk.com', false);
    expect(off).toEqual({ enabled: true, offSites: ['acme.zendesk.com'] });
    expect(withSite(withSite(off, 'acme.zendesk.com', false), 'acme.zendesk.com', true)).toEqual(DEFAULT_UNDERLINES);
  });
});
