import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERIC_ADAPTER, HELPDESK_ADAPTERS, helpdeskNameList, helpdeskNames } from '../../../lib/helpdesks/adapters';
import { helpdeskForHost } from '../../../lib/helpdesks/hosts';
import { ADAPTER_IDS } from '../../../lib/messaging/adapter-ids';
import { AdapterRecord } from '../../../lib/rules/adapter-data';
import { FIXTURE_SITES } from '../../e2e/support/fixture-sites';

const tests = resolve(import.meta.dirname, '../..');

describe('the adapter registry', () => {
  it('has one full record for every adapter id', () => {
    expect([...HELPDESK_ADAPTERS.map((adapter) => adapter.id), GENERIC_ADAPTER.id].sort()).toEqual([...ADAPTER_IDS].sort());
  });

  it.each([...HELPDESK_ADAPTERS, GENERIC_ADAPTER])('validates $id as the data a team lead writes', (adapter) => {
    expect(AdapterRecord.safeParse(adapter).success).toBe(true);
  });

  it('gives the names people know, in the order lists show them', () => {
    expect(helpdeskNameList()).toBe('Zendesk, Freshdesk, Intercom, Help Scout, Front, Gmail, Salesforce, HubSpot, Zoho Desk and Gorgias');
    expect(helpdeskNames('this page')).toMatchObject({ helpscout: 'Help Scout', 'zoho-desk': 'Zoho Desk', generic: 'this page' });
  });
});

// Like refined-github's "every feature is documented" test: an adapter without a fixture page and a
// browser test is not finished. (A self-hosted helpdesk, with no hosts of its own, is tested on a real install.)
describe.each(HELPDESK_ADAPTERS.filter((adapter) => adapter.hosts.length > 0).map((adapter) => adapter.id))('the %s adapter', (id) => {
  it('has a fixture page, a variant of it written differently, and an end-to-end test', () => {
    expect(existsSync(resolve(tests, 'fixtures', id, 'index.html'))).toBe(true);
    expect(existsSync(resolve(tests, 'fixtures', id, 'variant.html'))).toBe(true);
    expect(existsSync(resolve(tests, 'e2e', `${id}.e2e.test.ts`))).toBe(true);
  });

  it('is served under one of its real host names in the end-to-end tests', () => {
    const hosts = Object.entries(FIXTURE_SITES).filter(([, fixture]) => fixture === id).map(([host]) => host);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.map((host) => helpdeskForHost(host))).toEqual(hosts.map(() => id));
  });
});
