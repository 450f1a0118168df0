import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway self-signed certificate from the system's openssl (Debian ships it; no npm dependency).
 * Chromium runs with --ignore-certificate-errors, so any certificate will do; HTTPS matters because
 * the content script only matches https:// helpdesk URLs.
 */
export function makeCertificate(): { key: string; cert: string } {
  const directory = mkdtempSync(join(tmpdir(), 'reply-coach-cert-'));
  const keyPath = join(directory, 'key.pem');
  const certPath = join(directory, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=reply-coach-local', '-keyout', keyPath, '-out', certPath],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } catch (error) {
    throw new Error(`Could not make a local certificate with openssl (sudo apt-get install -y openssl): ${String(error)}`, { cause: error });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
