import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../lib/rules/load';
import { type Migration, migrateRuleSet } from '../../../lib/rules/migrate';

// A made-up history for the test only (v1 → v2 → v3), so the chain is proven without inventing a
// production version: v2 renamed `rules` to `checks`, v3 made `name` an object.
const renameRules: Migration = ({ rules, ...file }) => ({ ...file, checks: rules });
const nameAsObject: Migration = ({ name, ...file }) => ({ ...file, name: { text: name } });
const FAKE_CHAIN = { 1: renameRules, 2: nameAsObject };

describe('migrating a rule file to the current schema version', () => {
  it('applies every step from the file’s version up to the target, in order', () => {
    const result = migrateRuleSet({ schemaVersion: 1, name: 'Team', rules: ['r'] }, FAKE_CHAIN, 3);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, name: { text: 'Team' }, checks: ['r'] }, migratedFrom: 1 });
  });

  it('starts from the version the file declares', () => {
    const result = migrateRuleSet({ schemaVersion: 2, name: 'Team', checks: [] }, FAKE_CHAIN, 3);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, name: { text: 'Team' }, checks: [] }, migratedFrom: 2 });
  });

  it('leaves a current file as it is and does not touch the input object', () => {
    const file = { schemaVersion: 1, name: 'Team', rules: [] };
    const frozen = structuredClone(file);
    expect(migrateRuleSet(file, FAKE_CHAIN, 1)).toEqual({ ok: true, value: file });
    migrateRuleSet(file, FAKE_CHAIN, 3);
    expect(file).toEqual(frozen);
  });

  it('refuses a file from a newer Reply Coach, saying so', () => {
    const result = migrateRuleSet({ schemaVersion: 4 }, FAKE_CHAIN, 3);
    expect(result).toEqual({ ok: false, errors: [{ path: 'schemaVersion', message: expect.stringContaining('update the extension') }] });
  });

  it('passes a file without a usable schemaVersion through, for validation to report at its path', () => {
    expect(migrateRuleSet({ name: 'x' }, FAKE_CHAIN, 3)).toEqual({ ok: true, value: { name: 'x' } });
    expect(migrateRuleSet('text', FAKE_CHAIN, 3)).toEqual({ ok: true, value: 'text' });
  });

  it('is what the loader runs: a newer file is rejected with its line, nothing thrown', () => {
    const result = loadRuleSet('name: From the future\nschemaVersion: 2\nrules: []\n', 'yaml');
    expect(result).toEqual({ ok: false, errors: [{ path: 'schemaVersion', line: 2, message: expect.stringContaining('schema version 2') }] });
  });
});
