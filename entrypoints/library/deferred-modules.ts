/**
 * The library page's stylesheet and module graph (the UI) are not in its HTML as tags the browser fetches at
 * once: the build (build/defer-modules.ts) moves them into a <template>, and library-start.js adds them to the
 * page once it has started reading the database. Fetched together with it, they made that first script arrive
 * ~30 ms later (the browser process serves each extension file, the stylesheet first), and it is the one the
 * first rows wait for; the UI has the whole database read to arrive.
 */

/** The id of the <template> holding the deferred tags. */
export const DEFERRED_MODULES_ID = 'gloss-deferred-modules';

/** Adds the deferred stylesheet, module preloads and module script to the page. */
export function loadDeferredModules(): void {
  const template = document.getElementById(DEFERRED_MODULES_ID);
  if (!(template instanceof HTMLTemplateElement)) return;
  template.remove();
  // New elements rather than clones: a script element taken from a template may count as already started.
  const create = (tag: Element) => {
    const element = document.createElement(tag.localName);
    for (const attribute of tag.attributes) element.setAttribute(attribute.name, attribute.value);
    return element;
  };
  const scripts: HTMLElement[] = [];
  for (const tag of template.content.children) {
    const element = create(tag);
    if (tag.localName === 'script') scripts.push(element);
    else {
      // A stylesheet added by a script only holds back the first paint when asked to (a parsed one always does).
      if (tag.getAttribute('rel') === 'stylesheet') element.setAttribute('blocking', 'render');
      document.head.append(element);
    }
  }
  // The module script once the document is parsed, so that main.tsx finds the page's #app element.
  const run = () => document.head.append(...scripts);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
