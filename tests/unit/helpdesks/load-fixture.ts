import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Puts a fixture page's markup (the same page the e2e tests serve) into happy-dom's document, without
 * its scripts, with its title: unit tests check adapters against exactly the DOM the browser tests use.
 * `file` is a page in the fixture's folder (`variant.html`), index.html by default.
 */
export function loadFixtureBody(name: string, file = 'index.html'): void {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures', name, file), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  document.title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1]?.trim() ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, '');
}
