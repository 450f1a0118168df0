import { Bold, DecoupledEditor, Essentials, Italic, Link, List, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

// The composer is a real CKEditor 5, as in Zendesk's Agent Workspace (a div, not an iframe).
const view = document.querySelector<HTMLElement>('[data-test-id="editor-view"]')!;
const editable = view.querySelector<HTMLElement>('[data-test-id="omnicomposer-rich-text-ckeditor"]')!;
void DecoupledEditor.create(editable, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, Link, List],
  toolbar: ['bold', 'italic', 'link', 'bulletedList'],
  placeholder: 'Type your reply to Dana…',
}).then((editor) => {
  view.querySelector('[role="toolbar"]')!.append(editor.ui.view.toolbar.element!);
  document.body.dataset.editorReady = 'true';
});

// Public reply ↔ internal note, as Zendesk's channel switcher.
const switcher = view.querySelector<HTMLButtonElement>('[data-test-id="omnichannel-channel-switcher-button"]')!;
switcher.addEventListener('click', () => {
  const internal = switcher.dataset.channel !== 'internal';
  switcher.dataset.channel = internal ? 'internal' : 'web';
  switcher.textContent = internal ? 'Internal note' : 'Public reply';
  view.classList.toggle('is-internal', internal);
});
