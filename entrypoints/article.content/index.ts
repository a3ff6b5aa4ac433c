import { browser } from 'wxt/browser';
import { createMessageHandler, createSender } from '@/lib/messages';
import { scanPage } from './scan';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const url = location.href;
    const scan = scanPage(document, url);
    const handle = createMessageHandler<undefined>({ 'article/summary': () => scan.summary() });
    browser.runtime.onMessage.addListener((message: unknown) => handle(message, undefined));

    const send = createSender((message) => browser.runtime.sendMessage(message));
    // The popup shows title/site/date/word count straight from the background, so articles report a summary.
    void send('page/detected', { url, detection: scan.detection, summary: scan.summary() }).then((result) => {
      if (!result.ok) console.warn('Gloss:', result.error);
    });
  },
});
