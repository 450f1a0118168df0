import { describe, expect, it } from 'vitest';
import { exportFileName, outcomesToCsv, outcomesToJson } from '../../../lib/self-assessment/export';
import { dozenOutcomes } from './dozen-replies';
import { outcomeOn } from './outcomes';

describe('export', () => {
  it('writes CSV with a header row and one row per outcome, rule ids joined by ";"', () => {
    const outcomes = dozenOutcomes();
    const lines = outcomesToCsv(outcomes).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'day,helpdesk,findings_tone,findings_empathy,findings_clarity,findings_personalization,findings_follow-up,rule_ids,name_known,name_used,customer_upset,acknowledged,reading_grade,words',
    );
    expect(lines).toHaveLength(13);
    const [first] = outcomes;
    expect(lines[1]).toBe(`2025-01-06,zendesk,0,1,0,0,1,empathy.acknowledge-feelings;follow-up.refund,true,true,true,false,${first?.readingGrade},${first?.words}`);
  });

  it('leaves an unknown reading grade empty', () => {
    expect(outcomesToCsv([outcomeOn('2025-01-06')]).split('\r\n')[1]).toBe('2025-01-06,zendesk,0,0,0,0,0,,false,false,false,false,,20');
  });

  it('writes JSON that reads back to the same outcomes', () => {
    const outcomes = dozenOutcomes();
    const parsed = JSON.parse(outcomesToJson(outcomes, '2025-02-01')) as { format: string; version: number; exportedOn: string; outcomes: unknown };
    expect(parsed).toEqual({ format: 'reply-coach-self-assessment', version: 1, exportedOn: '2025-02-01', outcomes });
  });

  it('names files by day', () => {
    expect(exportFileName('2025-02-01', 'csv')).toBe('reply-coach-self-assessment-2025-02-01.csv');
  });
});
