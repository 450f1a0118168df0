// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { recipientName } from '../../../../lib/helpdesks/context/recipient';
import { requesterName } from '../../../../lib/helpdesks/context/requester-label';
import { pageWithEditor } from './page';

describe('the reply’s recipient', () => {
  it.each([
    [
      'a To: line above the composer',
      '<form><div class="compose-header">To: Priya Shah &lt;priya@example.com&gt;</div><textarea></textarea></form>',
      'Priya Shah',
    ],
    [
      'a "To" label and its value',
      '<form><dl><dt>To</dt><dd>Olivia Chen &lt;olivia@client.example&gt;</dd></dl><div contenteditable="true"></div></form>',
      'Olivia Chen',
    ],
    [
      "Gmail's recipient chips (the name in data-name)",
      '<div class="M9"><div name="to"><div role="option" data-name="Olivia Chen" data-hovercard-id="olivia@client.example">Olivia Chen</div></div><div contenteditable="true"></div></div>',
      'Olivia Chen',
    ],
    [
      'a recipient input holding "Name <address>"',
      '<section><input name="recipients" value="Nora Jensen <nora@example.no>"><div contenteditable="true"></div></section>',
      'Nora Jensen',
    ],
    [
      "RT's send-mail-to checkbox, named by its label",
      '<form><div id="previewscrips"><input type="checkbox" id="TxnSendMailTo-1" name="TxnSendMailTo" value="dana@example.com"><label for="TxnSendMailTo-1"><span class="user">Dana Whitfield &lt;dana@example.com&gt;</span></label></div><textarea></textarea></form>',
      'Dana Whitfield',
    ],
  ])('%s', (_case, html, name) => {
    expect(recipientName(pageWithEditor(html))).toBe(name);
  });

  it.each([
    ['a bare address names no one', '<form><div>To: dana@example.com</div><textarea></textarea></form>'],
    [
      "a To: line in an old message far from the composer is not the reply's",
      '<main><div><div><div><div><div><div><div><p>To: Acme Support &lt;support@acme.example&gt;</p></div></div></div></div></div></div></div><div><div><div><div><div><div><div><textarea></textarea></div></div></div></div></div></div></div></main>',
    ],
    ['no recipient on the page', '<form><textarea></textarea></form>'],
  ])('%s', (_case, html) => {
    expect(recipientName(pageWithEditor(html))).toBeUndefined();
  });
});

describe('a requester, contact or customer label', () => {
  it.each([
    [
      "RT's Requestors row",
      '<div class="form-row requestors"><div class="label">Requestors:</div><div class="value"><span class="user" data-user-id="27">Dana Whitfield &lt;dana@example.com&gt;</span></div></div><textarea></textarea>',
      'Dana Whitfield',
    ],
    [
      'a sidebar card headed "Requester"',
      '<aside><h3>Requester</h3><div class="card"><p>Priya Shah</p><p>priya@example.com</p></div></aside><div contenteditable="true"></div>',
      'Priya Shah',
    ],
    ['a definition list', '<dl><dt>Customer</dt><dd>Tom Becker</dd></dl><div contenteditable="true"></div>', 'Tom Becker'],
    ['a label with the name on its line', '<p>Contact: Yusuf Demir</p><div contenteditable="true"></div>', 'Yusuf Demir'],
    ['an element named for it', '<div class="ticket-sidebar"><span class="requester-name">Lena Fischer</span></div><div contenteditable="true"></div>', 'Lena Fischer'],
    ["Zoho's contact link", '<a data-id="contactName" href="#contact">Nora Jensen</a><div contenteditable="true"></div>', 'Nora Jensen'],
  ])('%s', (_case, html, name) => {
    expect(requesterName(pageWithEditor(html))).toBe(name);
  });

  it.each([
    ['"Contact us" in the navigation', '<nav><a href="/contact">Contact</a> <a href="/about">About</a></nav><div contenteditable="true"></div>'],
    ['a label without a name after it', '<dl><dt>Customer</dt><dd>customer@example.com</dd></dl><div contenteditable="true"></div>'],
  ])('%s names no one', (_case, html) => {
    expect(requesterName(pageWithEditor(html))).toBeUndefined();
  });
});
