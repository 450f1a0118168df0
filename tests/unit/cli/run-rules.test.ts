import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../lib/cli/run-check';
import { runRules } from '../../../lib/cli/run-rules';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { fakeFiles } from './fake-files';

/** A standalone team file (no pack): two rules, three examples; the flagged example of the second rule is on line 19. */
const teamFile = (secondRuleFlagged: string) => `schemaVersion: 1
name: Acme support
rules:
  - id: acme.competitor
    kind: phrase
    category: tone
    message: 'Do not name "{match}".'
    explanation: Naming a competitor sends the customer shopping elsewhere.
    phrases: [Globex]
    examples:
      flagged: [Globex sells that part.]
  - id: acme.no-sorry-spam
    kind: occurrence
    category: tone
    message: Too many apologies.
    explanation: One apology is sincere; three sound scripted.
    phrases: [sorry]
    max: 1
    examples:
      flagged: [${secondRuleFlagged}]
      accepted: ['Sorry for the wait, it ships today.']
`;

describe('npm run rules -- test <rule-file>', () => {
  it('passes a file whose examples all behave, with a summary and exit code 0', async () => {
    const outcome = await runRules(['test', 'team.yaml'], fakeFiles({ 'team.yaml': teamFile("'Sorry, so sorry, really sorry.'") }));
    expect(outcome).toEqual({ stdout: '3 passed, 0 failed\n', stderr: '', exitCode: 0 });
  });

  it('prints one line per failing example (where, rule id, flagged/accepted, the example) and exits 1', async () => {
    const outcome = await runRules(['test', 'team.yaml'], fakeFiles({ 'team.yaml': teamFile("'Sorry for the wait.'") }));
    expect(outcome.stdout).toBe(
      ['team.yaml:20: acme.no-sorry-spam: flagged example 1 "Sorry for the wait." was not flagged (the set found: nothing)', '2 passed, 1 failed', ''].join('\n'),
    );
    expect(outcome.exitCode).toBe(1);
  });

  it('points at an accepted example the rule fires on, quoting the words', async () => {
    const file = teamFile("'Sorry, so sorry.'").replace("accepted: ['Sorry for the wait, it ships today.']", "accepted: ['Sorry, sorry: Globex has it.']");
    const outcome = await runRules(['test', 'team.yaml'], fakeFiles({ 'team.yaml': file }));
    expect(outcome.stdout).toContain('team.yaml:21: acme.no-sorry-spam: accepted example 1 "Sorry, sorry: Globex has it." was flagged at "sorry"\n');
    expect(outcome.exitCode).toBe(1);
  });

  it('runs a file that extends the default pack together with the pack, so the pack examples count too', async () => {
    const file = teamFile("'Sorry, so sorry.'").replace('name: Acme support\n', "name: Acme support\nextends: default\noverrides:\n  tone.blame: { enabled: false }\n");
    const outcome = await runRules(['test', 'team.yaml'], fakeFiles({ 'team.yaml': file }));
    const packExamples = defaultRuleSet()
      .rules.filter((rule) => rule.id !== 'tone.blame' && rule.enabled && !rule.checklistOnly)
      .reduce((sum, rule) => sum + (rule.examples?.flagged.length ?? 0) + (rule.examples?.accepted.length ?? 0), 0);
    expect(outcome).toEqual({ stdout: `${packExamples + 3} passed, 0 failed\n`, stderr: '', exitCode: 0 });
  });

  it('rejects an invalid file with exit code 2 and exactly the errors "check --rules" prints', async () => {
    const files = fakeFiles({ 'team.yaml': teamFile("'x'").replace('max: 1', 'max: -1').replace('kind: phrase', 'kind: phrasal'), 'draft.txt': 'Hi' });
    const rules = await runRules(['test', 'team.yaml'], files);
    const check = await runCheck(['draft.txt', '--rules', 'team.yaml'], files);
    expect(rules.stderr).toContain('team.yaml:18: rules[1].max: ');
    expect(rules.stderr).toContain('team.yaml:5: rules[0].kind: ');
    expect(rules).toEqual({ stdout: '', stderr: check.stderr, exitCode: 2 });
  });

  it('reads JSON rule files too (no line numbers there)', async () => {
    const json = JSON.stringify({
      schemaVersion: 1,
      name: 'x',
      rules: [{ id: 'a', kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: ['x'], examples: { flagged: ['nothing'] } }],
    });
    const outcome = await runRules(['test', 'team.json'], fakeFiles({ 'team.json': json }));
    expect(outcome.stdout).toBe('team.json: a: flagged example 1 "nothing" was not flagged (the set found: nothing)\n0 passed, 1 failed\n');
  });

  it.each([
    [[], 'missing the command'],
    [['lint', 'team.yaml'], 'unknown command "lint"'],
    [['test'], 'missing the rule file'],
    [['test', 'a.yaml', 'b.yaml'], 'expected one rule file'],
    [['test', 'team.yaml', '--verbose'], "Unknown option '--verbose'"],
    [['test', 'missing.yaml'], 'cannot read rule file missing.yaml: no such file'],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const outcome = await runRules(argv, fakeFiles({ 'team.yaml': teamFile("'x'") }));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain(message);
  });

  it('prints its usage with --help', async () => {
    const outcome = await runRules(['--help'], fakeFiles({}));
    expect(outcome).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('npm run --silent rules -- test <rule-file>') });
  });
});
