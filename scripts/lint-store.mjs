#!/usr/bin/env node
/**
 * Store check (part of `npm run lint` and `npm run zip`): Mozilla's `web-ext lint` (addons-linter, what AMO runs
 * on every upload) on the Firefox package. Fails on any error, and on any warning except the few listed below,
 * which are in third-party code Gloss can't change; each is recognised by the code at the flagged place in the
 * bundle, so the same warning in Gloss's own code still fails. Runs offline (addons-linter's rules and schemas
 * ship with it). Then both packages are searched for remote or string-evaluated code, which the Chrome Web Store
 * and AMO forbid: eval, the Function constructor, string timers, importScripts, scripts loaded from http(s).
 *
 *   node scripts/lint-store.mjs                                          build both into .output-store/, check them
 *   node scripts/lint-store.mjs .output/firefox-mv2 .output/chrome-mv3   check packages already built (npm run zip)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Warnings a reviewer sees in libraries they know; `context` must match the bundle's code at the flagged column. */
const THIRD_PARTY = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'Preact (its dangerouslySetInnerHTML support; Gloss never uses that prop, ESLint forbids it)',
    context: /\.innerHTML=[\w$]+\.__html/,
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'DOMPurify (the sanitizer parsing the HTML it then cleans)',
    context: /documentElement\.innerHTML=/,
  },
];

/** Code that runs a string, or fetches a script from the web (minified bundles: no spaces to rely on). */
const REMOTE_CODE =
  /(?:^|[^.\w$])(?:eval\(|Function(?:\.(?:apply|call|bind))?\()|\bnew Function\b|\bimportScripts\(|\bset(?:Timeout|Interval)\(\s*["'`]|\b(?:src=|import\()\s*["'`]?https?:/g;

const OWN_OUT = '.output-store';
const given = process.argv.length > 2;
const sourceDir = given ? process.argv[2] : path.join(OWN_OUT, 'firefox-mv2');
const packages = given ? process.argv.slice(2) : [sourceDir, path.join(OWN_OUT, 'chrome-mv3')];
if (!given) {
  const env = { ...process.env, GLOSS_OUT_DIR: OWN_OUT };
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore', env });
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env });
}

try {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`web-ext lint gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const failures = [...report.errors.map((m) => ({ ...m, why: 'error' })), ...report.warnings.flatMap((m) => unknownWarning(m))];
  const known = report.warnings.flatMap((m) => {
    const library = knownThirdParty(m)?.library;
    return library ? [{ ...m, library }] : [];
  });
  for (const m of known) console.log(`known  ${m.code} in ${m.file}: ${m.library}`);
  for (const m of report.notices) console.log(`notice ${m.code} in ${m.file ?? 'the package'}: ${m.message}`);
  for (const m of failures) console.error(`${m.why.padEnd(6)} ${m.code} in ${m.file ?? 'the package'}:${m.line ?? ''}: ${m.message}`);
  console.log(
    `web-ext lint on ${sourceDir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${known.length} in known third-party code), ${report.summary.notices} notices`,
  );
  if (failures.length > 0) {
    console.error('The Firefox package would not pass review as it is: fix the code (a suppression is not a fix).');
    process.exitCode = 1;
  }
  const remote = packages.flatMap(remoteCode);
  for (const found of remote) console.error(`remote code in ${found.file}: ${found.code}`);
  console.log(`remote or evaluated code in ${packages.join(', ')}: ${remote.length === 0 ? 'none' : remote.length}`);
  if (remote.length > 0) process.exitCode = 1;
} finally {
  if (!given) rmSync(OWN_OUT, { recursive: true, force: true });
}

/** Each place in a package's scripts and pages that evaluates a string or loads a script from the web. */
function remoteCode(dir) {
  const files = readdirSync(dir, { recursive: true }).filter((file) => /\.(?:m?js|html)$/.test(file));
  return files.flatMap((file) =>
    [...readFileSync(path.join(dir, file), 'utf8').matchAll(REMOTE_CODE)].map((match) => ({ file: path.join(dir, file), code: match[0] })),
  );
}

/** The code around the flagged line and column of a bundle, where the linter says the problem is. */
function flaggedCode(message) {
  if (!message.file || !message.line) return '';
  const line = readFileSync(path.join(sourceDir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 200), column + 200);
}

function knownThirdParty(message) {
  const code = flaggedCode(message);
  return THIRD_PARTY.find((known) => known.code === message.code && known.context.test(code)) ?? null;
}

function unknownWarning(message) {
  return knownThirdParty(message) ? [] : [{ ...message, why: 'warn' }];
}
