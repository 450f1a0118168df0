// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composerFromContainer } from '../../../../lib/helpdesks/context/composer-container';
import { composerFromControls } from '../../../../lib/helpdesks/context/composer-controls';
import { composerFromWords } from '../../../../lib/helpdesks/context/composer-words';
import { composerKindOfWords } from '../../../../lib/helpdesks/context/kind-words';
import { pageWithEditor } from './page';

describe('reply or internal note', () => {
  it.each([
    ['Comments (Not sent to requestors)', 'note'],
    ['Reply to requestors', 'reply'],
    ['Public reply', 'reply'],
    ['Internal note', 'note'],
    ['Add note', 'note'],
    ['Comment', 'note'],
    ['Send', 'reply'],
    ['Email', 'reply'],
    ['Reply to Chloé…', 'reply'],
    ['Private', 'note'],
    ['Type your message here', undefined],
    ['Submit as Open', undefined],
  ])('%j says %s', (words, kind) => {
    expect(composerKindOfWords(words)).toBe(kind);
  });

  it.each([
    [
      "RT's select: a comment",
      '<form><select id="UpdateType"><option value="private" selected>Comments (Not sent to requestors)</option><option value="response">Reply to requestors</option></select><div class="messagebox-container"><textarea></textarea></div></form>',
      'note',
    ],
    [
      "RT's select: a reply",
      '<form><select id="UpdateType"><option value="private">Comments (Not sent to requestors)</option><option value="response" selected>Reply to requestors</option></select><div class="messagebox-container"><textarea></textarea></div></form>',
      'reply',
    ],
    ['the selected tab', '<div class="composer"><div role="tablist"><button role="tab" aria-selected="false">Reply</button><button role="tab" aria-selected="true">Comment</button></div><div contenteditable="true"></div></div>', 'note'],
    ['a pressed button', '<div class="composer"><button aria-pressed="true">Internal</button><button aria-pressed="false">Public</button><div contenteditable="true"></div></div>', 'note'],
    ['a checked radio and its label', '<form><label><input type="radio" name="kind" value="a"> Reply</label><label><input type="radio" name="kind" value="b" checked> Private note</label><textarea></textarea></form>', 'note'],
    ['a menu button showing the channel', '<div class="composer"><button aria-haspopup="menu">Public reply</button><div contenteditable="true"></div></div>', 'reply'],
    ['unselected tabs say nothing', '<div class="composer"><button role="tab" aria-selected="false">Note</button><div contenteditable="true"></div></div>', undefined],
  ])('from controls: %s', (_case, html, kind) => {
    expect(composerFromControls(pageWithEditor(html))).toBe(kind);
  });

  it.each([
    ["the editor's label", '<div contenteditable="true" aria-label="Note Editor"></div>', 'note'],
    ['the form’s submit button', '<form><div contenteditable="true"></div><button type="submit">Add note</button></form>', 'note'],
    ['the submit button before a static placeholder', '<form><div><div contenteditable="true"></div><span class="fr-placeholder">Reply to the customer…</span></div><button type="submit">Add note</button></form>', 'note'],
    ['a placeholder beside the editable', '<div class="composer"><div contenteditable="true"></div><div class="placeholder">Comment or @mention a teammate</div></div>', 'note'],
    ['a textarea’s placeholder', '<textarea placeholder="Reply to Priya…"></textarea>', 'reply'],
    ['the composer’s heading', '<section><h3>Internal note</h3><div><div contenteditable="true"></div></div></section>', 'note'],
  ])('from words: %s', (_case, html, kind) => {
    expect(composerFromWords(pageWithEditor(html))).toBe(kind);
  });

  it.each([
    ["RT's comment box", '<div class="messagebox-container action-private"><div id="cke_UpdateContent"><textarea></textarea></div></div>', 'note'],
    ["RT's reply box", '<div class="messagebox-container action-response"><textarea></textarea></div>', 'reply'],
    ["Zendesk's legacy comment editor is a public reply's (\"comment\" says neither)", '<div class="zendesk-editor--rich-text-comment" contenteditable="true"></div>', undefined],
  ])('from containers: %s', (_case, html, kind) => {
    expect(composerFromContainer(pageWithEditor(html))).toBe(kind);
  });
});
