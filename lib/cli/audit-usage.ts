import { EXPORT_FORMATS } from '../audit/export-formats';

/** What `audit --help` prints. Kept apart from the code so the contract is readable in one place. */
export const AUDIT_USAGE = `Usage:
  npm run --silent audit -- <export-file> [options]

Audits a helpdesk's saved replies with Reply Coach's rules, each judged as a public reply to a
customer whose name the helpdesk knows. Reads the export as the helpdesk gives it:
  Zendesk macros            the macros API's JSON: {"macros": [{"title", "actions": [...]}]}
  Freshdesk canned responses the API's JSON: [{"title", "content_html", "content"}]
  Help Scout saved replies  the API's JSON, one saved reply each: [{"name", "text"}]
  Front message templates   the API's JSON: {"_results": [{"name", "body"}]}
  CSV                       a header row with the columns name and body (id optional)
  JSONL                     one {"name": "...", "body": "..."} per line (id optional)
HTML is read as a person sees it; placeholders ({{ticket.requester.first_name}}, {%...%}) are left
out of the judged words and count as using the customer's name.

Options:
  --rules <file>        a rule file (.yaml, .yml or .json) instead of the bundled pack
  --out <file>          write the report there (its extension picks the format unless --format
                        says) and print a summary; without it the report goes to stdout
  --format html|json|csv
                        html (default): one self-contained page, summary and charts first;
                        json: everything, for scripts; csv: one row per finding
  --from ${EXPORT_FORMATS.join('|')}
                        read the file as this format instead of telling from its name and shape
  --fail-on error|warning
                        which severity makes the exit status 1 (default: error)
  --max-warnings <n>    also exit 1 when there are more than n warnings (info never counts)
  -h, --help            show this help

Exit status:
  0  no finding fails: none has severity "error" (or "warning", with --fail-on warning)
     and there are no more warnings than --max-warnings
  1  at least one finding fails
  2  bad input: unknown option, missing or unreadable file, invalid rule file, or an export it
     cannot read (each problem as <file>:<line>: <entry>: <message>, e.g.
     macros.json:57: macros[3].actions[1].value: expected a string)
`;
