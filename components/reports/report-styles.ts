// The reports' stylesheet (audit, team figures): inlined into each report file, so it must stay self-contained.
// Light or dark with the system; no url(), no @import: a report never asks the network for anything.
export const REPORT_CSS = `
:root { --bg: #ffffff; --surface: #f4f5f7; --text: #1d2330; --muted: #5b6375; --border: #d9dce3; --accent: #2f5fd0; --error: #b42318; --warning: #b54708; --info: #2f5fd0; --ok: #067647; --mark: #fff1b8; color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #15181f; --surface: #1f2430; --text: #e6e8ee; --muted: #a3aab9; --border: #343b4a; --accent: #8fb0ff; --error: #ff8a80; --warning: #ffb86b; --info: #8fb0ff; --ok: #6fdc9a; --mark: #5c4a00; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.report { max-width: 60rem; margin: 0 auto; padding: 24px 16px 48px; display: grid; gap: 24px; }
.report h1 { font-size: 24px; margin: 0; }
.report h2 { font-size: 19px; margin: 0 0 8px; }
.report h3 { font-size: 16px; margin: 0; overflow-wrap: anywhere; }
.report p { margin: 0; }
.report section { display: grid; gap: 12px; min-width: 0; }
.report__meta, .muted { color: var(--muted); font-size: 13px; }
.report__notes { margin: 0; padding: 8px 12px; border-left: 4px solid var(--warning); background: var(--surface); border-radius: 6px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 8px; margin: 0; }
.tile { background: var(--surface); border-radius: 8px; padding: 10px 12px; display: grid; gap: 2px; }
.tile dt { font-size: 13px; color: var(--muted); }
.tile dd { margin: 0; font-size: 26px; font-weight: 700; }
.tile__detail { font-size: 13px; font-weight: 400; color: var(--muted); display: block; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 16px; align-items: start; }
.chart { margin: 0; background: var(--surface); border-radius: 8px; padding: 12px; display: grid; gap: 8px; min-width: 0; }
.chart figcaption { font-weight: 600; }
.chart__svg { width: 100%; max-width: 36rem; height: auto; overflow: visible; }
.chart__label { fill: var(--text); font-size: 13px; }
.chart__value { fill: var(--text); font-size: 13px; font-weight: 600; }
.chart__track { fill: var(--bg); }
.chart__bar { fill: var(--accent); }
.chart__bar--tone { fill: #c2410c; } .chart__bar--empathy { fill: #be185d; } .chart__bar--clarity { fill: #1d4ed8; }
.chart__bar--personalization { fill: #7e22ce; } .chart__bar--follow-up { fill: #047857; }
.chart__line { fill: none; stroke-width: 2.5; }
.chart__stroke--tone { stroke: #c2410c; } .chart__stroke--empathy { stroke: #be185d; } .chart__stroke--clarity { stroke: #1d4ed8; }
.chart__stroke--personalization { stroke: #7e22ce; } .chart__stroke--follow-up { stroke: #047857; }
.chart__fill--tone, .chart__swatch--tone { fill: #c2410c; background: #c2410c; } .chart__fill--empathy, .chart__swatch--empathy { fill: #be185d; background: #be185d; }
.chart__fill--clarity, .chart__swatch--clarity { fill: #1d4ed8; background: #1d4ed8; } .chart__fill--personalization, .chart__swatch--personalization { fill: #7e22ce; background: #7e22ce; }
.chart__fill--follow-up, .chart__swatch--follow-up { fill: #047857; background: #047857; }
.trend--better { color: var(--ok); font-weight: 600; } .trend--worse { color: var(--error); font-weight: 600; }
.chart__axis { stroke: var(--border); stroke-width: 1; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0; padding: 0; list-style: none; font-size: 13px; }
.legend__swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.replies { display: grid; gap: 12px; margin: 0; padding: 0; list-style: none; }
.reply { border: 1px solid var(--border); border-radius: 8px; padding: 12px; display: grid; gap: 8px; min-width: 0; }
.reply__head { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; justify-content: space-between; }
.counts { display: flex; gap: 6px; flex-wrap: wrap; }
.badge { display: inline-block; border-radius: 999px; padding: 0 8px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.badge--error { color: var(--error); } .badge--warning { color: var(--warning); } .badge--info { color: var(--info); } .badge--note { color: var(--muted); }
.findings { margin: 0; padding-left: 20px; display: grid; gap: 8px; }
.finding p { overflow-wrap: anywhere; }
.finding__words { font-size: 14px; }
.finding__words q { background: var(--mark); padding: 0 2px; border-radius: 2px; }
.finding__fix { font-size: 14px; color: var(--ok); }
.finding__rule { font-size: 12px; color: var(--muted); }
.reply__text { margin: 0; }
.reply__text summary { cursor: pointer; color: var(--muted); font-size: 13px; }
.reply__text pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; font-size: 14px; background: var(--surface); border-radius: 6px; padding: 8px 10px; margin: 6px 0 0; }
.reply__text mark { background: var(--mark); color: inherit; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.clean-list { margin: 0; padding-left: 20px; columns: 2 16rem; }
.report__footer { color: var(--muted); font-size: 13px; border-top: 1px solid var(--border); padding-top: 12px; }
`;
