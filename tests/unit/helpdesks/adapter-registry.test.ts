import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELPDESK_ADAPTERS } from '../../../lib/helpdesks/adapters';
import { HELPDESK_HOSTS, helpdeskForHost } from '../../../lib/helpdesks/hosts';
import { FIXTURE_SITES } from '../../e2e/support/fixture-sites';

const tests = resolve(import.meta.dirname, '../..');

// Like refined-github's "every feature is documented" test: an adapter without a fixture page and a
// browser test is not finished.
describe.each(Object.keys(HELPDESK_HOSTS))('the %s adapter', (id) => {
  it('is registered under its own id', () => {
    expect(HELPDESK_ADAPTERS[id as keyof typeof HELPDESK_ADAPTERS]?.id).toBe(id);
  });

  it('has a fixture page and an end-to-end test', () => {
    expect(existsSync(resolve(tests, 'fixtures', id, 'index.html'))).toBe(true);
    expect(existsSync(resolve(tests, 'e2e', `${id}.e2e.test.ts`))).toBe(true);
  });

  it('is served under one of its real host names in the end-to-end tests', () => {
    const hosts = Object.entries(FIXTURE_SITES).filter(([, fixture]) => fixture === id).map(([host]) => host);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.map((host) => helpdeskForHost(host))).toEqual(hosts.map(() => id));
  });
});
