/**
 * A registry for `npm install` with the network blocked: a local HTTP server that knows exactly
 * the packages of errspec's own package-lock.json and serves their tarballs from the local npm
 * cache (which `npm ci` filled), by integrity. npm's own `--offline` cannot do this: `npm ci`
 * stores tarballs but not the registry documents npm needs to resolve `^8.0.4` for a tarball's
 * dependencies, so `npm i --offline <tarball>` fails with ENOTCACHED. Anything not in the lock
 * file or not in the cache is a 404: the install then fails instead of reaching the network.
 */

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A running registry. */
export interface OfflineRegistry {
  /** `http://127.0.0.1:<port>/`, for `npm_config_registry`. */
  readonly url: string;
  /** Packages whose tarball was asked for and not in the cache. */
  readonly missing: string[];
  close(): Promise<void>;
}

interface LockEntry {
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly [field: string]: unknown;
}

/** The manifest fields npm reads from a registry document, as the lock file keeps them. */
const FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'bin', 'engines', 'os', 'cpu', 'license', 'hasInstallScript'];

/** Start a registry of the packages in `lockFile`, their tarballs read from the npm cache `cache` (its `_cacache`). */
export async function startOfflineRegistry(lockFile: string, cache = process.env.npm_config_cache ?? path.join(os.homedir(), '.npm')): Promise<OfflineRegistry> {
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as { packages: Record<string, LockEntry> };
  const packages = new Map<string, Map<string, LockEntry>>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    const at = key.lastIndexOf('node_modules/');
    if (at === -1 || entry.link === true || entry.version === undefined || entry.integrity === undefined) continue;
    const name = key.slice(at + 'node_modules/'.length);
    if (!packages.has(name)) packages.set(name, new Map());
    packages.get(name)!.set(entry.version, entry);
  }
  const missing: string[] = [];
  let url = '';
  const server: Server = createServer((request, response) => {
    const requested = decodeURIComponent((request.url ?? '/').split('?')[0]!.slice(1));
    const tarball = /^-\/tarball\/(.+)\/([^/]+)\.tgz$/.exec(requested);
    if (tarball !== null) {
      const entry = packages.get(tarball[1]!)?.get(tarball[2]!);
      const bytes = entry === undefined ? null : fromCache(cache, entry.integrity!);
      if (bytes === null) {
        missing.push(`${tarball[1]}@${tarball[2]}`);
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length }).end(bytes);
      return;
    }
    const versions = packages.get(requested);
    if (versions === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const document = {
      name: requested,
      'dist-tags': { latest: [...versions.keys()].sort(compareVersions).at(-1) },
      versions: Object.fromEntries(
        [...versions].map(([version, entry]) => [version, {
          name: requested,
          version,
          ...Object.fromEntries(FIELDS.filter((field) => entry[field] !== undefined).map((field) => [field, entry[field]])),
          dist: { tarball: `${url}-/tarball/${requested}/${version}.tgz`, integrity: entry.integrity },
        }]),
      ),
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, missing, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The bytes cacache keeps for `integrity` (`sha512-<base64>`), or `null`. */
function fromCache(cache: string, integrity: string): Buffer | null {
  const [algorithm, digest] = integrity.split(/\s+/)[0]!.split('-', 2) as [string, string];
  const hex = Buffer.from(digest, 'base64').toString('hex');
  try {
    return readFileSync(path.join(cache, '_cacache', 'content-v2', algorithm, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4)));
  } catch {
    return null;
  }
}

/** `1.2.10` after `1.2.9`; pre-releases by text. Only to pick a `latest` tag. */
function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] => version.split(/[.-]/).map((part) => Number(part) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return a < b ? -1 : a > b ? 1 : 0;
}
