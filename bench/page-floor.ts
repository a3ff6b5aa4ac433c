/**
 * What no library page can beat, measured in the same browser, profile and run as the library itself: two
 * pages that the benchmark adds to its own build of the extension (never to the product's source or build).
 * - `blank`: a classic script at the top of <head>, as library-start.js is, that puts 16 lines of text on the
 *   page once it is parsed. Navigation → that frame painted is the browser's own cost of an extension page.
 * - `database`: the same, after opening Gloss's database and reading one record (the count of writes) in one
 *   transaction: the least any first render from IndexedDB waits for.
 * Both stamp "painted" as the library does (entrypoints/library/App.tsx): a task posted from the next frame's
 * callbacks runs once that frame has been handed to the compositor.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DB_NAME } from '../lib/db/schema';

export type FloorPage = 'blank' | 'database';

const FLOOR_HTML = 'bench-floor.html';
const FLOOR_SCRIPT = 'bench-floor.js';
const PAINTED_MARK = 'floor:painted';

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script src="/${FLOOR_SCRIPT}"></script>
    <title>Gloss benchmark floor</title>
  </head>
  <body></body>
</html>
`;

// Plain JavaScript: the page is loaded as is, without the build.
const script = `
function showLines() {
  const list = document.createElement('ul');
  for (let i = 0; i < 16; i++) {
    const line = document.createElement('li');
    line.textContent = 'Line ' + (i + 1) + ': what the first rows of a library would say, about as long as a quote.';
    list.append(line);
  }
  document.body.append(list);
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => performance.mark(${JSON.stringify(PAINTED_MARK)});
    channel.port2.postMessage(null);
  });
}
function whenParsed(task) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', task, { once: true });
  else task();
}
if (new URLSearchParams(location.search).get('floor') === 'database') {
  const opening = indexedDB.open(${JSON.stringify(DB_NAME)});
  opening.onsuccess = () => {
    performance.mark('floor:open');
    const db = opening.result;
    const read = db.transaction('meta').objectStore('meta').get('changes');
    read.onsuccess = () => {
      performance.mark('floor:read');
      db.close();
      whenParsed(showLines);
    };
  };
} else {
  whenParsed(showLines);
}
`;

/** Adds the floor pages to a built extension (the benchmark's own output folder). */
export function installFloorPages(extensionDir: string): void {
  writeFileSync(path.join(extensionDir, FLOOR_HTML), html);
  writeFileSync(path.join(extensionDir, FLOOR_SCRIPT), script);
}

export interface FloorTimes {
  /** ms from navigation to the lines painted. */
  painted: number;
  /** ms from navigation to the database open and to the record read (`database` only). */
  open: number | null;
  read: number | null;
}

/** Opens a floor page in `page` (a new tab) and times it. */
export async function floorPaint(page: Page, extensionId: string, floor: FloorPage): Promise<FloorTimes> {
  await page.goto(`chrome-extension://${extensionId}/${FLOOR_HTML}?floor=${floor}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, PAINTED_MARK, { timeout: 10_000 });
  // No named functions inside: tsx would wrap them in a helper the page doesn't have.
  const [painted, open, read] = await page.evaluate(
    (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null),
    [PAINTED_MARK, 'floor:open', 'floor:read'],
  );
  return { painted: painted!, open: open ?? null, read: read ?? null };
}
