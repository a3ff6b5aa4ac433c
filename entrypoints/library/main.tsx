// Only what opening the database and reading the newest rows needs is imported statically: this chunk runs
// first and starts the read; Preact and the whole UI arrive as another chunk (import('./mount')) meanwhile.
import { openLibrarySource } from './library-source';
import './style.css';

const source = openLibrarySource();
const root = document.getElementById('app');
if (root) {
  void import('./mount').then(({ mount }) => mount(root, source));
}

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
