import { type JSX, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { REPORT_CSS } from './report-styles';

/**
 * A report as one self-contained HTML file: inline CSS and SVG, no script, and a Content Security
 * Policy that forbids every request, so opening it can never reach the network. Page text (reply
 * names and words from an export) is escaped by the renderer.
 */
export function renderReportDocument(title: string, body: JSX.Element): string {
  const head = renderToString(
    h('head', null, [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" }),
      h('meta', { name: 'generator', content: 'Reply Coach' }),
      h('title', null, title),
    ]),
  );
  // The stylesheet is ours and holds no "</": it goes in as it is, after the escaped head.
  return `<!doctype html>\n<html lang="en">${head.replace('</head>', `<style>${REPORT_CSS}</style></head>`)}<body>${renderToString(body)}</body></html>\n`;
}
