import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';

const spans = (draft: string, ruleId: string, extra: Record<string, string> = {}) =>
  analyze({ draft, ...extra })
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map((finding) => draft.slice(finding.start, finding.end));

describe('shouting', () => {
  it('flags runs of capitals, not codes, acronyms or a trailing "I"', () => {
    expect(spans('Please DO NOT reorder. Our FAQ I hope helps. Flight DL2251 BOARDS 4PM.', 'tone.shouting')).toEqual(['DO NOT']);
  });

  it.each([
    ['Go to the contact form > Logging in > I STILL NEED HELP. We hope this helps.', []],
    ['Then press "SEND IT NOW" at the bottom of the page.', []],
    ['You MUST NOT share this code. Go to Settings > Privacy.', ['MUST NOT']],
  ])('leaves a button or menu named in a click path or quotes alone: %s', (draft, flagged) => {
    expect(spans(draft, 'tone.shouting')).toEqual(flagged);
  });
});

describe('unexplained acronyms', () => {
  it('flags an unknown acronym once, and leaves codes, names and spelled-out ones alone', () => {
    // An email-length reply: in a tweet, codes and abbreviations are the norm (the pack rule's `when`).
    const draft =
      'Thanks for your patience while we looked into this. Your CSR will call you tomorrow morning. The CSR is Jo, who looks after your account. AT&T says gate C2 for DL2251, and your flight leaves from CLT on time. Proof of delivery (POD) is attached, and YES, you can reply here.';
    expect(spans(draft, 'clarity.unexplained-acronym')).toEqual(['CSR']);
  });

  it('knows what every viewer knows (DVR)', () => {
    const draft =
      'Thanks for the tag: there is no limit on how many shows you can record at the same time once you add them to your library. Also, no need to worry about space, since your plan comes with unlimited DVR storage for everything you record.';
    expect(spans(draft, 'clarity.unexplained-acronym')).toEqual([]);
  });

  it('knows a time zone after a time', () => {
    const draft =
      'Oh no! Here are some steps that may get the app running properly again on your TV. If those do not work, call or chat with us on the support page (follow the prompts and pick the option for more help) between 4AM and 8PM PT so we can look into it further together.';
    expect(spans(draft, 'clarity.unexplained-acronym')).toEqual([]);
  });

  it('leaves acronyms in a short social reply alone', () => {
    expect(spans('Your CSR will call.', 'clarity.unexplained-acronym')).toEqual([]);
  });

  it("doesn't flag an acronym the customer used", () => {
    expect(spans('The MOQ is 24.', 'clarity.unexplained-acronym', { customerMessage: 'What is the MOQ?' })).toEqual([]);
  });
});

describe('links and e-mail addresses', () => {
  it('are not judged as prose: no shouting, no acronyms, no sentence split at their "?"', () => {
    const draft = 'Please see https://help.example.com/UPDATE/NOW?ref=ABC and write to SUPPORT@EXAMPLE.COM today.';
    const ids = analyze({ draft }).findings.map((finding) => finding.ruleId);
    expect(ids).not.toContain('tone.shouting');
    expect(ids).not.toContain('clarity.unexplained-acronym');
  });

  it('still count as giving a link, e.g. a tracking link', () => {
    const draft = 'Your parcel has shipped: https://track.example/123 and should arrive by Friday. If it has not arrived by then, reply here.';
    const needs = analyze({ draft }).findings.filter((finding) => finding.topic === 'delivery').map((finding) => finding.need);
    expect(needs).toEqual([]);
  });
});

describe('Twitter-style sign-offs', () => {
  it.each(['Thanks for flying with us! ^EC.', 'Thanks for your purchase.^SO', 'Glad we could help. *TMC'])('are not judged: %s', (draft) => {
    expect(analyze({ draft }).findings).toEqual([]);
  });
});
