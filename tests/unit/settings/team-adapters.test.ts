// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { zendesk } from '../../../lib/helpdesks/zendesk';
import { handlePageRequest } from '../../../lib/helpdesks/handle-page-request';
import type { HelpdeskAdapter } from '../../../lib/helpdesks/adapter';
import { helpdeskAdaptersSchema } from '../../../lib/messaging/page-requests';
import type { MessageSenderInfo } from '../../../lib/messaging/sender';
import { loadRuleSet } from '../../../lib/rules/load';
import type { RuleSet } from '../../../lib/rules/schema';
import { serveTeamAdapters } from '../../../lib/settings/team-adapters';

const TEAM_FILE = `
schemaVersion: 1
name: Acme support
extends: default
helpdesks:
  zendesk:
    hosts: [support.acme.com]
    customerName: ['.requester-card .name']
`;

function ruleSet(text: string): RuleSet {
  const loaded = loadRuleSet(text);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.ruleSet;
}

const fromContentScript: MessageSenderInfo = { id: browser.runtime.id, tab: { id: 3 }, frameId: 0, url: 'https://support.acme.com/agent/tickets/1' };
const fromBackground: MessageSenderInfo = { id: browser.runtime.id, url: browser.runtime.getURL('/background.js') };

let current: RuleSet;
beforeEach(() => {
  fakeBrowser.reset();
  current = ruleSet('schemaVersion: 1\nname: Pack only\nextends: default\n');
});

async function ask(sender = fromContentScript) {
  serveTeamAdapters(browser, () => current);
  const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'get-helpdesk-adapters' }, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1]);
  return answers.find((answer) => answer !== undefined);
}

describe("a team's helpdesk selectors reach the pages", () => {
  it('are none when the rule set changes no adapter: the bundled ones apply', async () => {
    expect(await ask()).toEqual({ type: 'helpdesk-adapters', adapters: null });
  });

  it("come with the team's hosts added and its selectors tried first, in the shape a page checks", async () => {
    current = ruleSet(TEAM_FILE);
    const answer = helpdeskAdaptersSchema.parse(await ask());
    const team = answer.adapters!.find((adapter) => adapter.id === 'zendesk')!;
    expect(team.hosts).toEqual([...zendesk.hosts, 'support.acme.com']);
    expect(team.customerName).toEqual(['.requester-card .name', ...zendesk.customerName!]);
    expect(answer.adapters!.map((adapter) => adapter.id)).toContain('generic');
  });

  it('are given to our content scripts only', async () => {
    expect(await ask({ ...fromContentScript, id: 'other-extension' })).toBeUndefined();
  });

  it('are taken by a page from the background only, and replace its adapters', async () => {
    current = ruleSet(TEAM_FILE);
    const message = await ask();
    const received: (readonly HelpdeskAdapter[] | null)[] = [];
    const context = { doc: document, onAdapters: (adapters: readonly HelpdeskAdapter[] | null) => received.push(adapters), runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
    handlePageRequest(message, { ...fromBackground, id: 'other-extension' }, context);
    handlePageRequest({ type: 'helpdesk-adapters', adapters: [{ id: 'zendesk', name: 'Zendesk', hosts: ['https://evil.example/'] }] }, fromBackground, context);
    expect(received).toEqual([]);
    handlePageRequest(message, fromBackground, context);
    expect(received[0]?.find((adapter) => adapter.id === 'zendesk')?.hosts).toContain('support.acme.com');
  });

  it('and the page answers with the text the agent selected, line breaks kept', async () => {
    document.body.innerHTML = '<pre>Hello,\nWhere is my refund?\nIt is late.</pre>';
    const text = document.querySelector('pre')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 7);
    range.setEnd(text, text.textContent!.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const context = { doc: document, onAdapters: () => undefined, runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
    expect(await handlePageRequest({ type: 'read-selection' }, fromBackground, context)).toEqual({ text: 'Where is my refund?\nIt is late.' });
  });
});
