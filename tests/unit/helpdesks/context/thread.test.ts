// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { latestCustomerMessage, threadMessages } from '../../../../lib/helpdesks/context/thread';
import { pageWithEditor } from './page';

const COMPOSER = '<form class="composer"><textarea></textarea><button>Send</button></form>';

describe("the customer's latest message in the thread", () => {
  it.each([
    [
      'messages marked by class, the agent’s last',
      `<div class="messages">
         <div class="message message--customer"><div class="message__author">Priya Shah</div><div class="message__body"><p>My lamp arrived broken.</p></div></div>
         <div class="message message--agent"><div class="message__author">Sam Rivera</div><div class="message__body"><p>Sorry! Could you send a photo?</p></div></div>
         <div class="message message--customer"><div class="message__author">Priya Shah</div><div class="message__body"><p>Here it is. When will the new one ship?</p><blockquote>Sorry! Could you send a photo?</blockquote></div></div>
         <div class="message message--agent"><div class="message__author">Sam Rivera</div><div class="message__body"><p>Checking with the warehouse.</p></div></div>
       </div>${COMPOSER}`,
      { text: 'Here it is. When will the new one ship?', author: 'Priya Shah' },
    ],
    [
      'direction and boolean data attributes (data-direction="in", data-from-agent="false")',
      `<section>
         <article data-direction="in"><b>Nora Jensen</b><p>Export fails with an error.</p></article>
         <article data-direction="out"><b>Sam</b><p>Which browser do you use?</p></article>
         <article data-from-agent="false"><b>Nora Jensen</b><p>Firefox. Why does this keep happening?</p></article>
       </section>${COMPOSER}`,
      { text: 'Firefox. Why does this keep happening?', author: 'Nora Jensen' },
    ],
    [
      'profile links: /contacts/ for the customer, /agents/ for staff; a private note is never theirs',
      `<div class="conversations">
         <div class="conversation"><a href="/a/contacts/5001">Priya Shah</a> replied<div class="text__content"><p>The mug is still broken.</p></div></div>
         <div class="conversation private-note"><a href="/a/agents/17">Sam Rivera</a> noted<div class="text__content"><p>Replacement approved.</p></div></div>
       </div>${COMPOSER}`,
      { text: 'The mug is still broken.', author: 'Priya Shah' },
    ],
    [
      'same markup for everyone (RT): the author the page names as requester is the customer',
      `<div id="history">
         <div class="transaction message" data-transaction-id="1"><div class="metadata"><span class="user" data-user-id="27">Dana Whitfield &lt;dana@example.com&gt;</span></div><div class="messagebody"><div class="message-stanza">Where is my refund? I have waited two weeks.</div></div></div>
         <div class="transaction message" data-transaction-id="2"><div class="metadata"><span class="user" data-user-id="1">Sam Rivera &lt;sam@acme.example&gt;</span></div><div class="messagebody"><div class="message-stanza">It is on its way.</div></div></div>
         <div class="transaction message" data-transaction-id="3"><div class="metadata"><span class="user" data-user-id="27">Dana Whitfield &lt;dana@example.com&gt;</span></div><div class="messagebody"><div class="message-stanza">It has not arrived. This is unacceptable.</div></div></div>
         <div class="transaction message" data-transaction-id="4"><div class="metadata"><span class="user" data-user-id="1">Sam Rivera &lt;sam@acme.example&gt;</span></div><div class="messagebody"><div class="message-stanza">Let me check.</div></div></div>
       </div>${COMPOSER}`,
      { text: 'It has not arrived. This is unacceptable.', author: 'Dana Whitfield' },
      { customer: 'Dana Whitfield <dana@example.com>' },
    ],
    [
      'nothing marked and no customer known: the author of the ticket’s first message is the customer',
      `<div class="thread">
         <div class="entry"><strong>Yusuf Demir</strong><p>The code WELCOME10 did not work.</p></div>
         <div class="entry"><strong>Sam Rivera</strong><p>Did you see an error?</p></div>
         <div class="entry"><strong>Yusuf Demir</strong><p>It said expired. Can you apply it?</p></div>
         <div class="entry"><strong>Sam Rivera</strong><p>One moment please.</p></div>
       </div>${COMPOSER}`,
      { text: 'It said expired. Can you apply it?', author: 'Yusuf Demir' },
    ],
    [
      'one message alone: the request',
      `<h1>Parcel arrived damaged</h1><div class="message"><strong>Priya Natarajan</strong><p>The box was crushed. What can you do?</p></div>${COMPOSER}`,
      { text: 'The box was crushed. What can you do?', author: 'Priya Natarajan' },
    ],
    [
      'times say which is newest, whatever the order shown',
      `<ol class="comments">
         <li class="comment customer"><time datetime="2026-11-22T07:30:00Z">Nov 22</time><p>Newest: where is my money?</p></li>
         <li class="comment customer"><time datetime="2026-11-18T09:12:00Z">Nov 18</time><p>Oldest: I sent it back.</p></li>
       </ol>${COMPOSER}`,
      { text: 'Newest: where is my money?', author: undefined },
    ],
    [
      'the composer above a newest-first thread',
      `${COMPOSER}<div class="posts"><div class="post inbound"><p>Second and newest message here.</p></div><div class="post inbound"><p>First and oldest message here.</p></div></div>`,
      { text: 'Second and newest message here.', author: undefined },
    ],
  ] as [string, string, { text: string; author: string | undefined }, { customer?: string }?][])('%s', (_case, html, expected, known = {}) => {
    expect(latestCustomerMessage(pageWithEditor(html), known)).toEqual(expected);
  });

  it('never takes a list elsewhere on the page (navigation, side panels) for the thread', () => {
    const editor = pageWithEditor(`<aside><div class="conversation-item customer">Another customer: please call me back</div></aside>${COMPOSER}`);
    expect(latestCustomerMessage(editor)).toBeUndefined();
  });

  it('takes what is not marked as the agent’s for the customer’s, where only staff is marked', () => {
    const editor = pageWithEditor(`<div class="post"><p>My lamp broke, what now?</p></div><div class="post post--staff"><p>Sorry, could you send a photo?</p></div><div class="post"><p>Here is the photo you asked for.</p></div>${COMPOSER}`);
    expect(latestCustomerMessage(editor)?.text).toBe('Here is the photo you asked for.');
  });

  it('says nothing when every message is the agent’s', () => {
    const editor = pageWithEditor(`<div class="message agent"><p>Hello, how can I help?</p></div><div class="message agent"><p>Are you still there?</p></div>${COMPOSER}`);
    expect(latestCustomerMessage(editor)).toBeUndefined();
  });

  it('takes a message, not its header and body, nor the box holding several', () => {
    const editor = pageWithEditor(`<div class="message-list"><div class="message"><div class="message-header">Priya</div><div class="message-body">Hello there, the lamp broke.</div></div><div class="message"><div class="message-header">Sam</div><div class="message-body">We are sorry about the lamp.</div></div></div>${COMPOSER}`);
    expect(threadMessages(editor).map((message) => message.element.className)).toEqual(['message', 'message']);
  });

  it('leaves the messages of the signed-in agent out, and takes anyone else writing for the customer', () => {
    const editor = pageWithEditor(`<div class="entry"><b>Olivia Chen</b><p>The invoice is wrong.</p></div><div class="entry"><b>Sam Rivera</b><p>Which number is right?</p></div>${COMPOSER}`);
    expect(threadMessages(editor, { agent: 'Sam Rivera' }).map((message) => message.side)).toEqual(['customer', 'agent']);
  });
});
