/**
 * The library writes the database itself (imports, deletes, edits, restores). The background keeps the set of
 * annotated pages in memory (lib/db/page-keys.ts) and hears of its own writes only: tell it of the library's.
 */
import { onCommittedWrite, WRITE_NEWS_CHANNEL } from '@/lib/db/write-events';

export function announceLibraryWrites(): void {
  const channel = new BroadcastChannel(WRITE_NEWS_CHANNEL);
  onCommittedWrite(() => channel.postMessage('written'));
}
