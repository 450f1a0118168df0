import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:https';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.gif': 'image/gif',
};

export interface SiteFiles {
  /** Folder the site's files are served from. */
  root: string;
  /** The page for any path that is not a file, like a single-page app's routes (`/agent/tickets/48213`). */
  page: string;
  /** Folders served under a path prefix, e.g. an editor library that loads its own files at run time. */
  mounts?: Record<string, string>;
}

/**
 * Serves local pages over HTTPS on 127.0.0.1 for the host names Chromium maps there
 * (--host-resolver-rules): each host gets its own site. Only files under a site's root are served.
 */
export async function startStaticHttpsServer(options: { sites: (host: string) => SiteFiles | undefined; key: string; cert: string }): Promise<{ server: Server; port: number }> {
  const server = createServer({ key: options.key, cert: options.cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const site = options.sites(host);
    if (!site) {
      response.writeHead(404).end(`Nothing is served for ${host}`);
      return;
    }
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'https://local').pathname));
    const mount = Object.keys(site.mounts ?? {}).find((prefix) => path.startsWith(prefix));
    const base = mount ? site.mounts![mount]! : site.root;
    const asset = join(base, mount ? path.slice(mount.length) : path);
    const file = asset.startsWith(base) && existsSync(asset) && statSync(asset).isFile() ? asset : join(site.root, site.page);
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The local HTTPS server has no port');
  return { server, port: address.port };
}
