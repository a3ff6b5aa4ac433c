/**
 * Vite plugin: on the given HTML pages, moves the stylesheets, module script and module preloads that Vite
 * injected into a <template> at the top of <head>, for the page's own first script to add when it is ready
 * (see entrypoints/library/deferred-modules.ts). The browser does not fetch what a <template> holds.
 */
import type { Plugin } from 'vite';
import { DEFERRED_MODULES_ID } from '../entrypoints/library/deferred-modules';

const DEFERRED_TAG = /[ \t]*<(?:script type="module"[^>]*><\/script>|link rel="(?:modulepreload|stylesheet)"[^>]*>)\n?/g;
const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

export function deferModules(pages: readonly string[]): Plugin {
  return {
    name: 'gloss:defer-modules',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!pages.some((page) => context.path.endsWith(page))) return html;
        const tags: string[] = [];
        const rest = html.replace(DEFERRED_TAG, (tag) => {
          tags.push(tag.trim());
          return '';
        });
        if (!tags.some((tag) => tag.startsWith('<script')) || !CHARSET.test(rest))
          throw new Error(`${context.path}: no module script or charset to defer after`);
        // Before the page's scripts, so that the first of them finds it already parsed.
        return rest.replace(CHARSET, (meta) => `${meta}\n    <template id="${DEFERRED_MODULES_ID}">${tags.join('')}</template>`);
      },
    },
  };
}
