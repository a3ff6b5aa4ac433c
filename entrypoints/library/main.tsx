import { render } from 'preact';
import { App } from './App';
import { openLibrarySource } from './use-library';
import './style.css';

const root = document.getElementById('app');
// Reading starts before the first render, so the newest rows are ready about when the page is.
if (root) render(<App source={openLibrarySource()} />, root);

// While the database opens (the main thread is idle), load what rendering the first rows needs the first time it
// is used: ICU's normalization data (search folding), date and number formats (row dates, counts). Otherwise
// that one-time cost lands between the read and the rows.
'É'.normalize('NFD');
new Date().toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
(100_000).toLocaleString('en');

// `library.html?bench=1`: the scale benchmark's hooks (bench/library-scale.ts). Loaded only then, as its own chunk.
// Installed once the library has loaded, so loading its chunk never competes with what the benchmark times.
if (new URLSearchParams(location.search).get('bench') === '1') {
  const install = () => {
    if (performance.getEntriesByName('gloss:library-ready').length === 0) return void setTimeout(install, 50);
    void import('./bench-hook').then(({ installBenchHook }) => installBenchHook());
  };
  install();
}
