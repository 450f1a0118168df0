/** What `team-stats --help` prints. */
export const TEAM_STATS_USAGE = `Usage:
  npm run --silent team-stats -- <file> [<file>...] [--format text|json|html] [--out <file>]

Merges team figures files (each agent exports theirs from the options page: counts, rule ids and
weeks, never text) and shows the rules the team dismisses most and each category week by week.

Options:
  --format text|json|html  text (default): two tables; json: the merged figures; html: one
                           self-contained page with charts
  --out <file>             write there instead of stdout (its extension picks the format
                           unless --format says)
  -h, --help               show this help

Exit status:
  0  merged
  2  bad input: unknown option, missing or unreadable file, or a file that is not a valid team
     figures file (each problem as <file>:<line>: <path>: <message>); a file holding anything but
     counts, rule ids and dates is refused
`;
