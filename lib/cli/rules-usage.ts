/** What `rules --help` prints. Kept apart from the code so the contract is readable in one place. */
export const RULES_USAGE = `Usage:
  npm run --silent rules -- test <rule-file>

Runs every rule's examples, as the options page does: each "flagged" example must make its rule
fire, each "accepted" example must not. A file with "extends: default" runs with the bundled pack
(whose examples run too); disabled rules are skipped.

Output: one line per failing example,
  <file>:<line>: <rule id>: <flagged|accepted> example <n> "<draft>" <what went wrong>
then "<N> passed, <M> failed".

Exit status:
  0  every example passes
  1  at least one example fails
  2  bad input: unknown command or option, missing or unreadable file, invalid rule file
     (each problem as <file>:<line>: <path>: <message>, the same as "check --rules")
`;
