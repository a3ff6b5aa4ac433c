// The newest rows are already being read (library-start.js, run while the HTML was parsed). The UI is imported
// statically: one module graph that the HTML preloads in parallel, instead of a second chunk fetched only once
// this one runs.
import { render } from 'preact';
import { App } from './App';
import { librarySource } from './library-source';
import { announceLibraryWrites } from './write-news';
import '@/components/wording-diff.css';
import './style.css';
import { t, uiLanguage, whenMessagesReady } from '@/components/i18n';

performance.mark('gloss:app-start');
const source = librarySource();
announceLibraryWrites();

// Before the newest rows arrive the main thread is idle but for IndexedDB's callbacks: load what rendering them
// needs the first time it is used (ICU's normalization data for search folding, date and number formats), so
// that one-time cost doesn't land between the read and the rows.
'É'.normalize('NFD');
new Date().toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric' });
(100_000).toLocaleString(uiLanguage());

/**
 * The first render waits for the newest rows (up to this long), so the first frame already has them: rendering
 * the empty page first would lay out and paint a frame while the read still needs the main thread, and then
 * lay out everything again with the rows.
 */
const FIRST_RENDER_WAIT_MS = 150;

const root = document.getElementById('app');
if (root) {
  let rendered = false;
  const renderOnce = () => {
    if (rendered) return;
    rendered = true;
    document.title = t('libraryTitle');
    render(<App source={source} />, root);
  };
  // Words first: a resolved promise, unless the browser gave this page none (components/i18n.ts).
  void whenMessagesReady().then(() => {
    source.preview.then(renderOnce, renderOnce);
    setTimeout(renderOnce, FIRST_RENDER_WAIT_MS);
  });
}

// `library.html?bench=1`: the scale benchmark's hooks (bench/library-scale.ts). Loaded only then, as its own chunk.
// Installed once the library has loaded, so loading its chunk never competes with what the benchmark times.
// Product builds have __GLOSS_BENCH__ false, so the hook and its chunk are not in them at all.
if (__GLOSS_BENCH__ && new URLSearchParams(location.search).get('bench') === '1') {
  const install = () => {
    if (performance.getEntriesByName('gloss:library-ready').length === 0) return void setTimeout(install, 50);
    void import('./bench-hook').then(({ installBenchHook }) => installBenchHook());
  };
  install();
}
