#!/usr/bin/env node
/**
 * Which packages refuse the Node version that the README and package.json's `engines` name: those are npm ci's
 * EBADENGINE warnings. Reads package-lock.json (what npm ci installs) and every package.json in node_modules (what
 * is installed now, in case the two drifted), checks each package's `engines.node` against the lowest version the
 * root `engines` allows and against the versions given, and says who pulls each offender in. Exits 1 when any
 * package refuses one of them.
 *
 *   node scripts/check-engines.mjs            the root engines' lowest version (20.19.0) and 20.20.0
 *   node scripts/check-engines.mjs 20.19.0    only the versions given
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const semver = createRequire(import.meta.url)('semver');
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const root = lock.packages[''];
const versions = process.argv.length > 2 ? process.argv.slice(2) : [semver.minVersion(root.engines.node).version, '20.20.0'];

/** "node_modules/a/node_modules/b" -> "b" (scoped names keep their scope). */
const nameOf = (where) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** The lock paths whose package depends on `name` (by any kind of dependency). */
function dependents(name) {
  return Object.entries(lock.packages)
    .filter(([, entry]) =>
      ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].some((kind) => entry[kind]?.[name]),
    )
    .map(([where, entry]) => (where === '' ? `gloss` : `${nameOf(where)}@${entry.version}`));
}

/** Every package.json under node_modules (nested node_modules too), by the same relative paths the lock uses. */
function installedPackages(dir = 'node_modules', found = {}) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (entry.name === '.bin' || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const where = path.posix.join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      installedPackages(where, found);
      continue;
    }
    try {
      found[where] = JSON.parse(readFileSync(path.join(where, 'package.json'), 'utf8'));
    } catch {
      continue; // not a package (a leftover folder)
    }
    installedPackages(path.posix.join(where, 'node_modules'), found);
  }
  return found;
}

const offenders = new Map();
const installed = installedPackages();
for (const [source, packages] of [
  ['package-lock.json', lock.packages],
  ['node_modules', installed],
]) {
  for (const [where, entry] of Object.entries(packages)) {
    const wanted = typeof entry.engines === 'object' ? entry.engines?.node : undefined;
    if (where === '' || typeof wanted !== 'string') continue;
    const refused = versions.filter((version) => !semver.satisfies(version, wanted));
    const key = `${where}@${entry.version}`;
    if (refused.length > 0 && !offenders.has(key))
      offenders.set(key, { where, source, name: nameOf(where), version: entry.version, wanted, refused });
  }
}

for (const o of offenders.values()) {
  console.log(`${o.name}@${o.version} wants node ${o.wanted}: refuses ${o.refused.join(', ')} (${o.source})`);
  console.log(`  at ${o.where}; required by ${dependents(o.name).join(', ') || 'nothing in the lock'}`);
}
console.log(
  `${offenders.size} packages refuse node ${versions.join(' or ')} (${Object.keys(lock.packages).length - 1} in the lock, ${Object.keys(installed).length} installed)`,
);
if (offenders.size > 0) process.exitCode = 1;
