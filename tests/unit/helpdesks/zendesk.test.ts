// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { adapterForEditor, adapterForHost } from '../../../lib/helpdesks/adapters';
import { findVisibleEditor } from '../../../lib/helpdesks/editor-tracker';
import { zendesk } from '../../../lib/helpdesks/zendesk';
import { loadFixtureBody } from './load-fixture';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';

function ticket(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-side-conversations-anchor-id="${id}"]`)!;
}

function contextOf(ticketId: string) {
  const scope = ticket(ticketId);
  return zendesk.readContext(scope, scope.querySelector<HTMLElement>(EDITOR)!);
}

beforeEach(() => loadFixtureBody('zendesk'));

describe('zendesk adapter', () => {
  it('is chosen on any Zendesk subdomain', () => {
    expect(adapterForHost('acme.zendesk.com')).toBe(zendesk);
    expect(adapterForHost('zendesk.com.evil.example').id).toBe('generic');
  });

  it('reads the customer, their latest message without quoted history, and the subject', () => {
    expect(contextOf('4522')).toEqual({
      customerName: 'Maria Lopez',
      customerMessage: 'It has been another week. This is ridiculous.\n\nWhere is my money?',
      subject: 'Refund for order #88412',
      composer: 'reply',
    });
  });

  it("never takes the agent's own message or an internal note for the customer's", () => {
    expect(contextOf('4522').customerMessage).not.toMatch(/finance|warehouse/i);
  });

  it('reads each ticket from its own container, not from the other tabs kept in the DOM', () => {
    expect(contextOf('4521')).toMatchObject({ customerName: 'Kenji Watanabe', subject: 'Password reset link expired' });
  });

  it('finds the composer of the ticket on screen when several are in the DOM', () => {
    expect(findVisibleEditor(document, zendesk.editorSelector)).toBe(ticket('4522').querySelector(EDITOR));
  });

  it('tells an internal note from a public reply', () => {
    const switcher = ticket('4522').querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'internal');
    switcher.textContent = 'Internal note';
    expect(contextOf('4522').composer).toBe('note');
  });

  it('falls back to the latest message sender when the requester is not shown by the composer', () => {
    ticket('4522').querySelector('.requester')!.remove();
    expect(contextOf('4522').customerName).toBe('Maria Lopez');
  });

  it('picks the newest customer message by its time, whatever order the log is shown in', () => {
    const log = ticket('4522').querySelector('[data-test-id="omni-log-container"]')!;
    log.append(...[...log.children].reverse());
    expect(contextOf('4522').customerMessage).toBe('It has been another week. This is ridiculous.\n\nWhere is my money?');
  });

  it('leaves other text fields on Zendesk pages to the generic adapter', () => {
    document.body.insertAdjacentHTML('beforeend', '<textarea id="macro-notes"></textarea>');
    expect(adapterForEditor(zendesk, document.querySelector('#macro-notes')!).id).toBe('generic');
    expect(adapterForEditor(zendesk, ticket('4522').querySelector<HTMLElement>(EDITOR)!).id).toBe('zendesk');
  });
});
