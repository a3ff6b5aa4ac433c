// @vitest-environment happy-dom
/**
 * The library page's deferred stylesheet and modules (Chromium build): the build moves Vite's tags into a
 * <template> before the page's first script, which adds them back, the stylesheet still holding the first paint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { deferModules } from '@/build/defer-modules';
import { DEFERRED_MODULES_ID, loadDeferredModules } from '@/entrypoints/library/deferred-modules';

const BUILT = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <script src="/library-start.js"></script>
    <title>Gloss library</title>
    <script type="module" crossorigin src="/chunks/library-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/messages-def.js">
    <link rel="stylesheet" crossorigin href="/assets/style-ghi.css">
  </head>
  <body><div id="app"></div></body>
</html>`;

type Handler = (html: string, context: { path: string }) => string;
const transform = (path: string): string => {
  const hook = deferModules(['/library/index.html']).transformIndexHtml as unknown as { handler: Handler };
  return hook.handler(BUILT, { path });
};

// happy-dom loads nothing here: a disabled load counts as done instead of logging an error.
(
  window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }
).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;

afterEach(() => {
  document.head.replaceChildren();
});

describe('deferred modules', () => {
  it('the build moves the module script, preloads and stylesheet into a template before the first script', () => {
    const html = transform('/entrypoints/library/index.html');
    const template = html.indexOf(`<template id="${DEFERRED_MODULES_ID}">`);
    expect(template).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(template).toBeLessThan(html.indexOf('/library-start.js'));
    const inside = html.slice(template, html.indexOf('</template>'));
    for (const url of ['/chunks/library-abc.js', '/chunks/messages-def.js', '/assets/style-ghi.css']) {
      expect(inside).toContain(url);
      expect(html.split(url)).toHaveLength(2);
    }
    expect(transform('/entrypoints/popup/index.html')).toBe(BUILT);
  });

  it('the start script adds them back, the stylesheet render-blocking', () => {
    const html = transform('/entrypoints/library/index.html');
    const markup = html.slice(html.indexOf('<template'), html.indexOf('</template>') + '</template>'.length);
    document.head.append(document.createRange().createContextualFragment(markup));
    loadDeferredModules();
    expect(document.getElementById(DEFERRED_MODULES_ID)).toBeNull();
    const script = document.head.querySelector('script[type="module"]');
    expect(script?.getAttribute('src')).toBe('/chunks/library-abc.js');
    expect(document.head.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).toBe('/chunks/messages-def.js');
    expect(document.head.querySelector('link[rel="stylesheet"]')?.getAttribute('blocking')).toBe('render');
  });
});
