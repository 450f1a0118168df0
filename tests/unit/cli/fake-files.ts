import type { CheckEnvironment } from '../../../lib/cli/run-check';

/** An in-memory file system for runCheck: a missing path rejects with ENOENT, as node:fs does. */
export function fakeFiles(files: Record<string, string>): CheckEnvironment {
  return {
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
  };
}

/** A team lead's rule file: the bundled pack plus one error-severity phrase rule. */
export const TEAM_RULES_YAML = `schemaVersion: 1
name: Acme support
extends: default
rules:
  - id: acme.competitor-name
    kind: phrase
    category: tone
    severity: error
    message: 'Do not name "{match}" in a reply.'
    explanation: Naming a competitor sends the customer shopping elsewhere.
    phrases:
      - Globex
`;
