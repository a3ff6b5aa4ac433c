/**
 * `library-start.js`: a classic script at the top of library.html's <head>. It runs while the page is still
 * being parsed, before the UI's modules are even requested, and starts opening the database and reading the
 * newest rows: many round trips to IndexedDB, the page's critical path. Then it has the UI's modules loaded
 * (entrypoints/library/deferred-modules.ts), whatever happened to the read: the app reports its failure.
 * A classic script, not inline code: MV3's content security policy forbids inline scripts.
 */
import { loadDeferredModules } from './library/deferred-modules';
import { startNewestRead } from './library/library-source';

export default defineUnlistedScript(() => {
  try {
    startNewestRead();
  } finally {
    loadDeferredModules();
  }
});
