// docs/managed-policy.md is what administrators copy from: every policy example in it must be valid,
// and the schema Chrome enforces must declare exactly the keys the extension reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_KEYS, parseManagedPolicy } from '../../../lib/rules/managed';

const doc = readFileSync(new URL('../../../docs/managed-policy.md', import.meta.url), 'utf8');
const jsonBlocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!.replaceAll('<extension-id>', 'abcdefghijklmnopabcdefghijklmnop'));

/** The extension's settings out of each documented shape: Admin console, Chrome's Linux file, Firefox's policies.json. */
function settingsOf(block: Record<string, unknown>): Record<string, unknown> {
  const chromeFile = (block['3rdparty'] as { extensions?: Record<string, Record<string, unknown>> } | undefined)?.extensions;
  if (chromeFile) return Object.values(chromeFile)[0]!;
  const firefox = (block.policies as { '3rdparty'?: { Extensions: Record<string, Record<string, unknown>> } } | undefined)?.['3rdparty']?.Extensions;
  if (firefox) return firefox['reply-coach@reply-coach.dev']!;
  return Object.fromEntries(Object.entries(block).map(([key, value]) => [key, (value as { Value: unknown }).Value]));
}

describe('docs/managed-policy.md', () => {
  it('has an example for the Admin console, Chrome on Linux and Firefox', () => {
    expect(jsonBlocks).toHaveLength(3);
  });

  it.each(jsonBlocks.map((block, index) => [index + 1, block] as const))('example %i is a valid policy with a rule set and locks', (_index, block) => {
    const policy = parseManagedPolicy(settingsOf(JSON.parse(block)));
    expect(policy.errors).toEqual([]);
    expect(policy.ruleSet?.name).toBe('Acme support team');
    expect(policy.lockedRules).toEqual(['tone.blame', 'tone.condescension']);
  });

  it('matches public/managed_schema.json, which declares exactly the keys the extension reads', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'));
    expect(Object.keys(schema.properties).sort()).toEqual(Object.values(MANAGED_KEYS).sort());
    expect(doc).toContain('reply-coach@reply-coach.dev');
    expect(readFileSync(new URL('../../../wxt.config.ts', import.meta.url), 'utf8')).toContain("id: 'reply-coach@reply-coach.dev'");
  });
});
