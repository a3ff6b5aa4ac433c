/**
 * What ships: the product build (what `npm run build` and the e2e tests make) holds no benchmark code (the scale
 * benchmark's hooks can clear the database, so they exist only in its own builds, GLOSS_BENCH=1), and its manifest
 * asks for the least that works.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDir } from './extension-dir';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the product build', () => {
  it('holds no benchmark hook', () => {
    const scripts = files(extensionDir()).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    const withHook = scripts.filter((f) => /bench-hook|__glossBench|rawPutRate/.test(path.basename(f) + readFileSync(f, 'utf8')));
    expect(withHook.map((f) => path.relative(extensionDir(), f))).toEqual([]);
  });

  it('runs no string as code and loads no script from the web (store rules: no remote code)', () => {
    // eval, the Function constructor (also through apply or call), string timers, importScripts, <script src="https:…"> or import("https:…").
    const remoteCode =
      /(?:^|[^.\w$])(?:eval\(|Function(?:\.(?:apply|call|bind))?\()|\bnew Function\b|\bimportScripts\(|\bset(?:Timeout|Interval)\(\s*["'`]|\b(?:src=|import\()\s*["'`]?https?:/;
    const shipped = files(extensionDir()).filter((f) => /\.(?:js|html)$/.test(f));
    expect(shipped.some((f) => f.endsWith('background.js'))).toBe(true);
    expect(shipped.filter((f) => remoteCode.test(readFileSync(f, 'utf8'))).map((f) => path.relative(extensionDir(), f))).toEqual([]);
  });
});

describe('the product manifest', () => {
  const manifest = () => JSON.parse(readFileSync(path.join(extensionDir(), 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks only for the permissions Gloss uses (no activeTab, no clipboardWrite)', () => {
    // `alarms`: sync's periodic pass. `scripting` and `<all_urls>`: the rest of Gloss is injected into the pages that
    // need it, the same pages the small always-on script runs on.
    expect(manifest().permissions).toEqual(['storage', 'tabs', 'downloads', 'contextMenus', 'alarms', 'scripting']);
    expect(manifest().host_permissions).toEqual(['<all_urls>']);
    expect(manifest().optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('runs at most 60 kB of script on every page; the rest of Gloss is not in the manifest', () => {
    const registered = (manifest().content_scripts as { js?: string[] }[]).flatMap((script) => script.js ?? []);
    expect(registered).toEqual(['content-scripts/page.js']);
    const bytes = registered.reduce((sum, file) => sum + statSync(path.join(extensionDir(), file)).size, 0);
    expect(bytes).toBeLessThanOrEqual(60_000);
    expect(statSync(path.join(extensionDir(), 'content-scripts/article.js')).size).toBeGreaterThan(bytes);
  });

  it('opens no web-accessible resource to every site at a stable address: only the editor page, per session', () => {
    expect(manifest().web_accessible_resources).toEqual([
      { resources: ['editor-frame.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
  });
});
