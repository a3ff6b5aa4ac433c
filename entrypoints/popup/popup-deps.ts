import type { Send } from '@/lib/messages';
import type { ExportFile } from './export-files';

/** Everything the popup does to the outside world; main.tsx wires the browser, tests wire fakes. */
export interface PopupDeps {
  /** Messages answered by the background (storage, tab status, autocomplete). */
  toBackground: Send;
  /** Messages answered by a tab's content script. */
  toTab: (tabId: number) => Send;
  /** The tab the popup is about: `?tabId=N` when the popup is opened in a tab, else the active tab. */
  targetTabId: () => Promise<number | null>;
  /** The site in the settings' "sites where Gloss stays off" that covers the tab's page, or null. */
  offSite?: (tabId: number) => Promise<string | null>;
  /**
   * Adds the tab's site to that list (`off`: the content script leaves the page at once) or takes `site` off it
   * and reloads the tab. Answers the site.
   */
  switchSite?: (tabId: number, off: boolean, site?: string) => Promise<string>;
  download: (file: ExportFile) => Promise<void>;
  copyText: (text: string) => Promise<void>;
  openLibrary: () => Promise<void>;
  closeWindow: () => void;
  /** Written into JSON-LD exports, e.g. "Gloss 0.1.0". */
  generator: string;
  now?: () => Date;
  /** How long "Undo" stays offered after a delete (ms). */
  undoMs?: number;
  /** A page still loading reports a moment later: how often and how long to wait before saying "not checked". */
  statusRetries?: { times: number; ms: number };
}

export const UNDO_MS = 8_000;
export const STATUS_RETRIES = { times: 6, ms: 400 };
