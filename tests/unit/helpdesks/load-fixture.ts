import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Puts a fixture page's markup (the same page the e2e tests serve) into happy-dom's document, without
 * its scripts: unit tests check adapters against exactly the DOM the browser tests use.
 */
export function loadFixtureBody(name: string): void {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures', name, 'index.html'), 'utf8');
  const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/g, '');
}
