/** The library's UI, loaded by main.tsx as its own chunk while the database opens and the newest rows are read. */
import { render } from 'preact';
import { App } from './App';
import type { LibrarySource } from './library-source';

export function mount(root: HTMLElement, source: LibrarySource): void {
  render(<App source={source} />, root);
}
