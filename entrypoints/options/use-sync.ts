/**
 * The Sync panel's state: asks the background (which alone holds the password) and, on Connect, asks the
 * browser for access to that one server first: `permissions.request` must run in the click itself.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SyncFormValues } from '@/components/library/SyncPanel';
import { createSender } from '@/lib/messages';
import type { AnnotationConflict } from '@/lib/sync/conflicts';
import type { SyncStatus } from '@/lib/sync/service';

import { LIVE_PORT } from '@/lib/sync/live-port';

/** Asks for access to the server's origin (no dialog when already granted). Must be called in the click itself. */
function askForServer(server: string): Promise<boolean> {
  let origins: string[];
  try {
    origins = [`${new URL(server).origin}/*`];
  } catch {
    return Promise.resolve(false); // The background words the bad address.
  }
  return browser.permissions.request({ origins }).catch(() => false);
}

/**
 * `live`: hold the live port open (a pass every few seconds while this page is open); `onRemoteChange` is then
 * called after a pass that brought changes from elsewhere (the library reloads).
 */
export function useSync({ live = false, onRemoteChange }: { live?: boolean; onRemoteChange?: () => void } = {}) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef<{ ok: boolean } | null>(null);
  const [conflicts, setConflicts] = useState<AnnotationConflict[]>([]);
  const shownConflicts = useRef(0);
  const refreshConflicts = () =>
    void send('sync/conflicts', {}).then((answer) => {
      if (!answer.ok) return;
      shownConflicts.current = answer.value.length;
      setConflicts(answer.value);
    });
  const send = createSender((message) => browser.runtime.sendMessage(message));

  async function run(action: () => ReturnType<typeof send<'sync/now'>>) {
    setBusy(true);
    setError(null);
    const answer = await action();
    latest.current = answer;
    setBusy(false);
    if (answer.ok) setStatus(answer.value);
    else setError(answer.error);
    refreshConflicts();
  }

  useEffect(() => {
    void send('sync/status', {}).then((answer) => (answer.ok ? setStatus(answer.value) : setError(answer.error)));
    refreshConflicts();
    if (!live) return;
    const port = browser.runtime.connect({ name: LIVE_PORT });
    port.onMessage.addListener((message) => {
      const next = message as SyncStatus;
      setStatus(next);
      if (next.databases.some((report) => report.applied > 0)) onRemoteChange?.();
      // Versions to choose from appear (or go) with a pass; the list itself is asked for only then.
      if (next.conflicted !== shownConflicts.current) refreshConflicts();
    });
    return () => port.disconnect();
  }, [live]);

  return {
    status,
    error,
    busy,
    connect(values: SyncFormValues) {
      // Asked in the click itself (the browser requires it), for that one server. Not waited for: a server set up
      // for Gloss answers cross-origin requests (CORS) without it, and a dialog may be slow to be answered.
      const asked = askForServer(values.server);
      void run(() => send('sync/configure', { settings: values }));
      // Granted after the first try failed to reach the server: try again now that the browser allows it.
      void asked.then((granted) => {
        if (granted && !latest.current?.ok) void run(() => send('sync/configure', { settings: values }));
      });
    },
    conflicts,
    keep: (id: string, rev: string) => void run(() => send('sync/keep', { id, rev })),
    syncNow: () => void run(() => send('sync/now', {})),
    disconnect: () => void run(() => send('sync/disconnect', {})),
  };
}
