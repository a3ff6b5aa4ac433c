import { render } from 'preact';
import { App } from './App';
import { openLibrarySource } from './use-library';
import './style.css';

const root = document.getElementById('app');
// Reading starts before the first render, so the newest rows are ready about when the page is.
if (root) render(<App source={openLibrarySource()} />, root);

// `library.html?bench=1`: the scale benchmark's hooks (bench/library-scale.ts). Loaded only then, as its own chunk.
// Installed once the library has loaded, so loading its chunk never competes with what the benchmark times.
if (new URLSearchParams(location.search).get('bench') === '1') {
  const install = () => {
    if (performance.getEntriesByName('gloss:library-ready').length === 0) return void setTimeout(install, 50);
    void import('./bench-hook').then(({ installBenchHook }) => installBenchHook());
  };
  install();
}
