// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../lib/editors/read-draft';
import type { PageFinding, PageFindings } from '../../../lib/messaging/editor-actions';
import { InPageCoach, type EditorReading } from '../../../lib/overlay/in-page-coach';
import type { InPageCoachChunk } from '../../../lib/overlay/in-page-coach-chunk';
import { LazyInPageCoach } from '../../../lib/overlay/lazy-in-page-coach';

const DRAFT = 'Dear customer, as I already explained, no.';

function finding(ruleId: string, words: string): PageFinding {
  const start = DRAFT.indexOf(words);
  return { key: `${ruleId}\u0000${words}`, ruleId, title: ruleId, category: 'tone', severity: 'warning', message: `${ruleId} message`, explanation: 'why', start, end: start + words.length };
}

const FINDINGS: PageFindings = { type: 'page-findings', draft: DRAFT, findings: [finding('personalization.generic-greeting', 'Dear customer'), finding('tone.blame', 'as I already explained')] };

let editor: HTMLTextAreaElement;
let controller: AbortController;
let loads: number;
/** Lets the test decide when the chunk arrives (or that it never does). */
let arrive: { resolve(chunk: InPageCoachChunk): void; reject(error: unknown): void };
let coach: LazyInPageCoach;

const reading = (): EditorReading => ({ editor, ...readDraft(editor), draft: readDraft(editor).text, changedAt: 0 });
/** The count at the editor's corner: what the agent sees of the coach (null: no coach in the page). */
const count = () => document.querySelector('reply-coach-overlay')?.shadowRoot?.querySelector<HTMLElement>('.count')?.dataset.count ?? null;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  editor = document.createElement('textarea');
  editor.value = DRAFT;
  document.body.append(editor);
  controller = new AbortController();
  loads = 0;
  coach = new LazyInPageCoach({ doc: document, current: reading, send: () => undefined, signal: controller.signal }, () => {
    loads++;
    return new Promise((resolve, reject) => (arrive = { resolve, reject }));
  });
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
  document.documentElement.querySelectorAll('reply-coach-overlay, reply-coach-card').forEach((host) => host.remove());
});

type Step = (lazy: LazyInPageCoach) => void;
const on: Step = (lazy) => lazy.setEnabled(true);
const off: Step = (lazy) => lazy.setEnabled(false);
const follow: Step = (lazy) => lazy.draftChanged(reading());
const findings: Step = (lazy) => lazy.showFindings(FINDINGS);
const lost: Step = (lazy) => lazy.editorLost();

describe('loading the in-page coach only where it is needed', () => {
  it.each<{ name: string; steps: Step[]; loads: number }>([
    { name: 'no editor followed in this frame', steps: [on, findings], loads: 0 },
    { name: 'underlines off', steps: [follow, off, findings], loads: 0 },
    { name: 'settings not read yet', steps: [follow, findings], loads: 0 },
    { name: 'an editor followed with underlines on (before any finding)', steps: [follow, on], loads: 1 },
    { name: 'underlines switched on after the editor was followed', steps: [off, follow, on], loads: 1 },
    { name: 'many keystrokes and findings while it loads', steps: [on, follow, follow, findings, follow, findings], loads: 1 },
    { name: 'the editor gone before underlines were on', steps: [follow, lost, on], loads: 0 },
  ])('$name: loads the chunk $loads time(s)', ({ steps, loads: expected }) => {
    for (const step of steps) step(coach);
    expect(loads).toBe(expected);
  });
});

describe('handing over to the real coach', () => {
  it.each<{ name: string; meanwhile: Step[]; shown: string | null }>([
    { name: 'the findings that came while it loaded', meanwhile: [findings], shown: '2' },
    { name: 'no findings yet: the count waits for them', meanwhile: [], shown: '0' },
    { name: 'underlines switched off while it loaded', meanwhile: [findings, off], shown: null },
    { name: 'the editor gone while it loaded', meanwhile: [findings, lost], shown: null },
  ])('$name', async ({ meanwhile, shown }) => {
    on(coach);
    follow(coach);
    for (const step of meanwhile) step(coach);
    arrive.resolve({ InPageCoach });
    await settle();
    expect(coach.state).toBe('ready');
    expect(count()).toBe(shown);
  });

  it('forwards what comes after, to the coach that loaded', async () => {
    on(coach);
    follow(coach);
    arrive.resolve({ InPageCoach });
    await settle();
    findings(coach);
    expect(count()).toBe('2');
    off(coach);
    expect(count()).toBeNull();
    expect(loads).toBe(1);
  });

  it('starts nothing once the content script has ended', async () => {
    on(coach);
    follow(coach);
    findings(coach);
    controller.abort();
    arrive.resolve({ InPageCoach });
    await settle();
    expect(coach.state).toBe('loading');
    expect(count()).toBeNull();
  });
});

describe('when the chunk cannot load', () => {
  it('goes on without underlines, throws nothing, and does not try again on every keystroke', async () => {
    on(coach);
    follow(coach);
    arrive.reject(new TypeError('Failed to fetch dynamically imported module'));
    await settle();
    expect(coach.state).toBe('unavailable');
    expect(() => {
      findings(coach);
      follow(coach);
    }).not.toThrow();
    expect(count()).toBeNull();
    expect(loads).toBe(1);
  });

  it('tells the content script once when the chunk cannot load, so the panel can say why there are no underlines', async () => {
    let told = 0;
    const lazy = new LazyInPageCoach({ doc: document, current: reading, send: () => undefined, signal: controller.signal }, () => Promise.reject(new TypeError('Failed to fetch')), () => told++);
    on(lazy);
    follow(lazy);
    findings(lazy);
    await settle();
    expect(lazy.state).toBe('unavailable');
    expect(told).toBe(1);
  });

  it('says nothing once the page has gone (the content script was stopped)', async () => {
    let told = 0;
    let fail: (error: unknown) => void = () => undefined;
    const lazy = new LazyInPageCoach({ doc: document, current: reading, send: () => undefined, signal: controller.signal }, () => new Promise((_, reject) => (fail = reject)), () => told++);
    on(lazy);
    follow(lazy);
    controller.abort();
    fail(new TypeError('Failed to fetch'));
    await settle();
    expect(told).toBe(0);
  });
});
