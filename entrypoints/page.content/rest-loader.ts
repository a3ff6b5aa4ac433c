/**
 * Loads the rest of Gloss into this page once, when the page needs it (see index.ts), and answers with its
 * message handler. The background injects it (`content/load`, entrypoints/background/page-content.ts).
 */
import type { Detection } from '@/lib/cleaner';
import type { Send } from '@/lib/message-sender';
import { leaveHandoff, type ContentHandle } from './handoff';

export interface RestLoader {
  /** Loads it (the first call) and answers its handler; later calls share the first load. */
  load(): Promise<ContentHandle>;
}

export function createRestLoader(
  send: Send,
  storedSettings: () => unknown,
  detection: () => { url: string; result: Detection },
): RestLoader {
  let loading: Promise<ContentHandle> | null = null;
  let handle: ContentHandle | null = null;
  const load = async (): Promise<ContentHandle> => {
    // Never inject twice: a second copy would start a second WXT context, which stops the first one.
    if (handle) return handle;
    leaveHandoff({ storedSettings, detection: detection(), attach: (attached) => (handle = attached) });
    const loaded = await send('content/load', {});
    if (!loaded.ok) throw new Error(`Gloss could not load on this page: ${loaded.error}`);
    // The script attaches before it awaits anything, and the injection answers after the script has run.
    if (!handle) throw new Error('Gloss could not start on this page');
    return handle;
  };
  return {
    load() {
      if (!loading) {
        const attempt = load();
        loading = attempt;
        // A failed load (the extension was reloaded, the tab navigated away) may be retried by the next need.
        attempt.catch(() => {
          if (loading === attempt) loading = null;
        });
      }
      return loading;
    },
  };
}
