import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { FIXTURE_SITES } from './fixture-sites';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.gif': 'image/gif',
};

/** Editor libraries that load their own files at run time, served as published on npm. */
const VENDOR_ROOTS: Record<string, string> = {
  '/vendor/ckeditor4/': join(import.meta.dirname, '../../../node_modules/ckeditor4/'),
};

/**
 * Serves the built fixture pages over HTTPS. The page comes from the request's host (see
 * FIXTURE_SITES) and any path that is not a built file gets that page, like a single-page app's
 * routes (`/agent/tickets/4522`).
 */
export async function startFixtureServer(options: { root: string; key: string; cert: string }): Promise<{ server: Server; port: number }> {
  const server = createServer({ key: options.key, cert: options.cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '') as keyof typeof FIXTURE_SITES;
    const fixture = FIXTURE_SITES[host];
    if (!fixture) {
      response.writeHead(404).end(`No fixture for host ${host}`);
      return;
    }
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'https://fixture').pathname));
    const vendor = Object.keys(VENDOR_ROOTS).find((prefix) => path.startsWith(prefix));
    const base = vendor ? VENDOR_ROOTS[vendor]! : options.root;
    const asset = join(base, vendor ? path.slice(vendor.length) : path);
    const file = asset.startsWith(base) && existsSync(asset) && statSync(asset).isFile() ? asset : join(options.root, fixture, 'index.html');
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Fixture server has no port');
  return { server, port: address.port };
}
