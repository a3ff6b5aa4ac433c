import { render } from 'preact';
import { whenMessagesReady } from '@/components/i18n';
import { Welcome } from '@/components/welcome/Welcome';
import { readerShortcut } from './shortcut';
import '@/components/welcome/welcome.css';

/** The first-run page the background opens when Gloss is installed (background/welcome.ts). */
async function start(root: HTMLElement): Promise<void> {
  await whenMessagesReady();
  render(<Welcome libraryHref="/library.html" settingsHref="/options.html" readerShortcut={await readerShortcut()} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
