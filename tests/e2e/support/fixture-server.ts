import { join } from 'node:path';
import { startStaticHttpsServer } from '../../../scripts/support/static-https-server';
import { FIXTURE_SITES } from './fixture-sites';

/** Editor libraries that load their own files at run time, served as published on npm. */
const VENDOR_MOUNTS: Record<string, string> = {
  '/vendor/ckeditor4/': join(import.meta.dirname, '../../../node_modules/ckeditor4/'),
};

/**
 * Serves the built fixture pages over HTTPS. The page comes from the request's host (see
 * FIXTURE_SITES) and any path that is not a built file gets that page, like a single-page app's
 * routes (`/agent/tickets/4522`).
 */
export function startFixtureServer(options: { root: string; key: string; cert: string }) {
  return startStaticHttpsServer({
    key: options.key,
    cert: options.cert,
    sites: (host) => {
      const fixture = FIXTURE_SITES[host as keyof typeof FIXTURE_SITES];
      return fixture ? { root: options.root, page: join(fixture, 'index.html'), mounts: VENDOR_MOUNTS } : undefined;
    },
  });
}
