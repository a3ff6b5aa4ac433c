/** Saving an export: `downloads.download` when Gloss has that permission, a download link otherwise. */
import type { ExportFile } from '@/lib/library/transfer-text';

// Long enough for the browser to read the blob after the download starts; then the memory is freed.
const REVOKE_AFTER_MS = 120_000;

export async function downloadFile(file: ExportFile): Promise<void> {
  const url = URL.createObjectURL(new Blob(file.parts as string[], { type: file.mimeType }));
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  const { browser } = await import('wxt/browser');
  const downloads = (browser as { downloads?: typeof browser.downloads }).downloads;
  if (downloads?.download) {
    await downloads.download({ url, filename: file.fileName, saveAs: false });
    return;
  }
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
