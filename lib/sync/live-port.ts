/** The port a library page holds open while it wants live sync (lib: shared by the page and the background). */
export const LIVE_PORT = 'gloss-sync-live';
