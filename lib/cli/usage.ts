/** What `--help` prints. Kept apart from the parser so the contract is readable in one place. */
export const USAGE = `Usage:
  npm run --silent check -- <draft-file> [options]
  npm run --silent check -- --jsonl <file> [--rules <rule-file>]

Checks a reply draft with Reply Coach's rules, the same engine the extension runs.

Options:
  --ticket <file>      the customer's message the draft replies to
  --customer <name>    the customer's name, e.g. "Sam Lee"
  --subject <text>     the ticket's subject
  --rules <file>       a rule file (.yaml, .yml or .json) instead of the bundled pack;
                       write "extends: default" in it to keep the bundled rules too
  --format text|json   text (default): one line per finding, line:column from the draft's start;
                       json: {"findings":[...]} on one line, offsets are UTF-16 code units
  --jsonl <file>       batch mode: one JSON object per line,
                         {"draft": "...", "customerMessage"?, "customerName"?, "subject"?}
                       and one {"findings":[...]} line out per line in, in the same order.
                       Other keys are errors, so a misspelt key is not silently ignored.
                       Blank lines at the end of the file are ignored; a blank line between
                       records is an error, since skipping it would shift every later result
                       against its input line. If any line is malformed, nothing is written
                       to stdout and every bad line is reported as <file>:<line>: <problem>.
  --fail-on error|warning
                       which severity makes the exit status 1 (default: error)
  --max-warnings <n>   also exit 1 when there are more than n warnings (info never counts)
  -h, --help           show this help

Exit status:
  0  no finding fails: none has severity "error" (or "warning", with --fail-on warning)
     and there are no more warnings than --max-warnings
  1  at least one finding fails
  2  bad input: unknown option, missing or unreadable file, invalid rule file, malformed JSONL line
`;
