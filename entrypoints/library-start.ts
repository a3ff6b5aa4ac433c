/**
 * `library-start.js`: a classic script at the top of library.html's <head>. It runs while the page is still
 * being parsed, well before the module graph of the UI has loaded (module scripts wait for the whole document,
 * the stylesheet and every chunk), and starts opening the database and reading the newest rows, which take
 * many round trips to IndexedDB that each need the main thread while it is still idle. A classic script, not
 * inline code: MV3's content security policy forbids inline scripts.
 */
import { startNewestRead } from './library/library-source';

export default defineUnlistedScript(() => startNewestRead());
