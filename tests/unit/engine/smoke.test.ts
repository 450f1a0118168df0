import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';

describe('smoke', () => {
  it('flags blame', () => {
    expect(analyze({ draft: 'As I already explained, no.' }).findings.map((f) => f.ruleId)).toContain('tone.blame');
  });
});
