/** The slice of browser.storage.local the content script uses (a plain object in unit tests). */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
