// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { GENERIC_ADAPTER } from '../../../lib/helpdesks/adapters';
import { readTicketContext } from '../../../lib/helpdesks/context/read-context';
import { findVisibleEditor } from '../../../lib/helpdesks/editor-tracker';
import { helpdeskForHost } from '../../../lib/helpdesks/hosts';
import { PageAdapters } from '../../../lib/helpdesks/page-adapters';
import { zendesk } from '../../../lib/helpdesks/zendesk';
import { loadFixtureBody } from './load-fixture';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const page = new PageAdapters([zendesk, GENERIC_ADAPTER], 'acme.zendesk.com');

function ticket(id: string): HTMLElement {
  return document.querySelector<HTMLElement>(`[data-side-conversations-anchor-id="${id}"]`)!;
}

function readingOf(ticketId: string) {
  const editor = ticket(ticketId).querySelector<HTMLElement>(EDITOR)!;
  return readTicketContext(page.forEditor(editor), editor, '');
}

beforeEach(() => loadFixtureBody('zendesk'));

describe('zendesk adapter', () => {
  it('is chosen on any Zendesk subdomain', () => {
    expect(helpdeskForHost('acme.zendesk.com')).toBe('zendesk');
    expect(helpdeskForHost('zendesk.com.evil.example')).toBeUndefined();
  });

  it('reads the customer, their latest message without quoted history, and the subject, each by its own selectors', () => {
    expect(readingOf('4522')).toEqual({
      adapterId: 'zendesk',
      context: {
        customerName: 'Maria Lopez',
        customerMessage: 'It has been another week. This is ridiculous.\n\nWhere is my money?',
        subject: 'Refund for order #88412',
        composer: 'reply',
      },
      sources: {
        customerName: { strategy: 'adapter', selector: zendesk.customerName![0] },
        customerMessage: { strategy: 'adapter', selector: '[data-test-id="omni-log-item-message"][type="end-user"]' },
        subject: { strategy: 'adapter', selector: 'input[data-test-id="omni-header-subject"]' },
        composer: { strategy: 'adapter', selector: zendesk.reply![0] },
      },
    });
  });

  it("never takes the agent's own message or an internal note for the customer's", () => {
    expect(readingOf('4522').context.customerMessage).not.toMatch(/finance|warehouse/i);
  });

  it('reads each ticket from its own container, not from the other tabs kept in the DOM', () => {
    ticket('4521').style.display = '';
    expect(readingOf('4521').context).toMatchObject({ customerName: 'Kenji Watanabe', subject: 'Password reset link expired' });
  });

  it('finds the composer of the ticket on screen when several are in the DOM', () => {
    expect(findVisibleEditor(document, zendesk.editor![0]!)).toBe(ticket('4522').querySelector(EDITOR));
  });

  it('tells an internal note from a public reply', () => {
    const switcher = ticket('4522').querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    switcher.setAttribute('data-channel', 'internal');
    switcher.textContent = 'Internal note';
    expect(readingOf('4522')).toMatchObject({ context: { composer: 'note' }, sources: { composer: { strategy: 'adapter', selector: zendesk.note![0] } } });
  });

  it('falls back to the latest message sender when the requester is not shown by the composer', () => {
    ticket('4522').querySelector('.requester')!.remove();
    expect(readingOf('4522')).toMatchObject({
      context: { customerName: 'Maria Lopez' },
      sources: { customerName: { strategy: 'adapter', selector: '[data-test-id="omni-log-item-sender"]' } },
    });
  });

  it('picks the newest customer message by its time, whatever order the log is shown in', () => {
    const log = ticket('4522').querySelector('[data-test-id="omni-log-container"]')!;
    log.append(...[...log.children].reverse());
    expect(readingOf('4522').context.customerMessage).toBe('It has been another week. This is ridiculous.\n\nWhere is my money?');
  });

  it('leaves other text fields on Zendesk pages to the generic adapter', () => {
    document.body.insertAdjacentHTML('beforeend', '<textarea id="macro-notes"></textarea>');
    expect(page.forEditor(document.querySelector<HTMLElement>('#macro-notes')!).id).toBe('generic');
    expect(page.forEditor(ticket('4522').querySelector<HTMLElement>(EDITOR)!).id).toBe('zendesk');
  });
});
