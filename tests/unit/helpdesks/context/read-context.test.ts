// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GENERIC_ADAPTER, HELPDESK_ADAPTERS } from '../../../../lib/helpdesks/adapters';
import { withOverrides } from '../../../../lib/helpdesks/apply-overrides';
import { readTicketContext } from '../../../../lib/helpdesks/context/read-context';
import { PageAdapters } from '../../../../lib/helpdesks/page-adapters';
import { readDraft } from '../../../../lib/editors/read-draft';
import { pageWithEditor } from './page';

function readOn(hostname: string, html: string, title = '', adapters = [...HELPDESK_ADAPTERS, GENERIC_ADAPTER]) {
  const editor = pageWithEditor(html, title);
  return readTicketContext(new PageAdapters(adapters, hostname).forEditor(editor), editor, readDraft(editor).text);
}

// Request Tracker 5's reply page in plain-text mode (../shared/helpdesks.md §19): no thread, the
// customer's message quoted in the draft, the subject in an input, reply or comment in a select.
const RT_REPLY = `
  <div id="header"><h1>Update ticket #12: Refund still missing</h1></div>
  <form action="Update.html" name="TicketUpdate">
    <select name="UpdateType" id="UpdateType"><option value="private">Comments (Not sent to requestors)</option><option value="response" selected>Reply to requestors</option></select>
    <input name="UpdateSubject" value="Refund still missing">
    <div class="messagebox-container action-response"><textarea id="UpdateContent" name="UpdateContent">

On Mon Nov 24 10:00:00 2025, dana@example.com wrote:
> I sent the blender back two weeks ago and still no refund.
> This is the third time I write. Where is my money?</textarea></div>
    <input type="submit" value="Update Ticket">
  </form>`;

describe('reading the ticket around the draft, field by field', () => {
  it("on RT's reply page, the generic strategies alone read the quoted message, the subject and the reply", () => {
    expect(readOn('rt.example.test', RT_REPLY, 'Update ticket #12: Refund still missing')).toEqual({
      adapterId: 'generic',
      context: {
        customerMessage: 'I sent the blender back two weeks ago and still no refund.\nThis is the third time I write. Where is my money?',
        subject: 'Refund still missing',
        composer: 'reply',
      },
      sources: { customerMessage: { strategy: 'quoted-in-draft' }, subject: { strategy: 'subject-field' }, composer: { strategy: 'composer-controls' } },
    });
  });

  it("on RT's comment page, a note", () => {
    const comment = RT_REPLY.replace('<option value="private">', '<option value="private" selected>').replace('value="response" selected', 'value="response"').replace('action-response', 'action-private');
    expect(readOn('rt.example.test', comment).context.composer).toBe('note');
  });

  it('on a page no adapter knows: recipient, thread, heading, controls', () => {
    const reading = readOn(
      'support.acme.example',
      `<h1>Lamp arrived broken</h1>
       <div class="thread">
         <div class="message from-customer"><span class="author">Priya Shah</span><div class="body"><p>The lamp is broken. What now?</p></div></div>
         <div class="message from-agent"><span class="author">Sam</span><div class="body"><p>Could you send a photo?</p></div></div>
       </div>
       <form><div class="to">To: Priya Shah &lt;priya@example.com&gt;</div><div role="tablist"><button role="tab" aria-selected="true">Reply</button><button role="tab">Note</button></div><div contenteditable="true"></div></form>`,
    );
    expect(reading).toEqual({
      adapterId: 'generic',
      context: { customerName: 'Priya Shah', customerMessage: 'The lamp is broken. What now?', subject: 'Lamp arrived broken', composer: 'reply' },
      sources: {
        customerName: { strategy: 'recipient' },
        customerMessage: { strategy: 'thread' },
        subject: { strategy: 'page-heading' },
        composer: { strategy: 'composer-controls' },
      },
    });
  });

  it("names the customer after their latest message's author when nothing else names them", () => {
    const reading = readOn('support.acme.example', '<div class="comment customer"><b>Yusuf Demir</b><p>The code did not work, please help.</p></div><textarea></textarea>');
    expect(reading).toMatchObject({ context: { customerName: 'Yusuf Demir' }, sources: { customerName: { strategy: 'message-author' } } });
  });

  it("tries the adapter's selectors before any generic strategy", () => {
    const reading = readOn(
      'acme.gorgias.com',
      `<h1 data-testid="ticket-subject">Discount code not applied</h1>
       <div class="sidebar"><h3>Customer</h3><p>Someone Else</p></div>
       <div data-testid="ticket-message" data-from-agent="false"><span data-testid="message-sender">Yusuf Demir</span><div data-testid="message-body"><p>It said expired.</p></div></div>
       <div data-testid="reply-editor" contenteditable="true"></div>`,
    );
    expect(reading).toMatchObject({
      adapterId: 'gorgias',
      context: { customerName: 'Yusuf Demir', customerMessage: 'It said expired.', subject: 'Discount code not applied' },
      sources: { customerName: { strategy: 'adapter', selector: '[data-testid="message-sender"]' } },
    });
  });

  it('reads a helpdesk page its adapter does not recognise with the generic strategies, and says so', () => {
    const reading = readOn('classic.zendesk.com', '<h1>Ticket #311</h1><label>Subject <input name="subject" value="Cannot log in"></label><textarea></textarea>');
    expect(reading).toEqual({ adapterId: 'generic', context: { subject: 'Cannot log in', composer: 'reply' }, sources: { subject: { strategy: 'subject-field' }, composer: { strategy: 'default' } } });
  });

  it("recognises a helpdesk's page by its thread when the vendor changed the editor's markup", () => {
    const reading = readOn('app.frontapp.com', '<div data-testid="message" data-inbound="true"><span data-testid="message-author">Chloé Martin</span><div data-testid="message-body"><p>Where is my label?</p></div></div><div class="composer-v2"><div contenteditable="true"></div></div>');
    expect(reading).toMatchObject({ adapterId: 'front', context: { customerName: 'Chloé Martin', customerMessage: 'Where is my label?' } });
  });

  it("uses a team's selectors first (a helpdesk on the company's own domain, a changed selector)", () => {
    const adapters = withOverrides([...HELPDESK_ADAPTERS, GENERIC_ADAPTER], { zendesk: { hosts: ['support.acme.com'], customerName: ['.requester-card .name'] } });
    const reading = readOn('support.acme.com', '<div class="requester-card"><span class="name">Maria Lopez</span></div><div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"></div>', '', adapters);
    expect(reading).toMatchObject({ adapterId: 'zendesk', context: { customerName: 'Maria Lopez' }, sources: { customerName: { strategy: 'adapter', selector: '.requester-card .name' } } });
  });

  it('recognises a self-hosted helpdesk on any host by its `pages` selectors', () => {
    const selfHosted = { id: 'zendesk' as const, name: 'Self-hosted desk', hosts: [], pages: ['body:has(#comp-Ticket-Update)'], subject: ['input[name="UpdateSubject"]'] };
    const reading = readOn('rt.example.test', `<div id="comp-Ticket-Update">${RT_REPLY}</div>`, '', [selfHosted, GENERIC_ADAPTER]);
    expect(reading).toMatchObject({ adapterId: 'zendesk', context: { subject: 'Refund still missing' }, sources: { subject: { strategy: 'adapter', selector: 'input[name="UpdateSubject"]' } } });
  });

  it('survives a selector the browser cannot parse', () => {
    const adapters = withOverrides([...HELPDESK_ADAPTERS, GENERIC_ADAPTER], { generic: { customerName: ['span::nonsense(', 'span.who'] } });
    const reading = readOn('support.acme.example', '<span class="who">Nora Jensen</span><textarea></textarea>', '', adapters);
    expect(reading).toMatchObject({ context: { customerName: 'Nora Jensen' }, sources: { customerName: { strategy: 'adapter', selector: 'span.who' } } });
  });

  it('on a page with nothing around the editor: only the composer, a reply by default', () => {
    expect(readOn('support.acme.example', '<textarea></textarea>')).toEqual({ adapterId: 'generic', context: { composer: 'reply' }, sources: { composer: { strategy: 'default' } } });
  });
});
