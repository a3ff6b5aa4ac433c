import { render } from 'preact';
import { whenMessagesReady } from '@/components/i18n';
import { App } from './App';
import '@/components/editor/editor.css';
import '@/components/wording-diff.css';
import './style.css';

const root = document.getElementById('app');
if (root) void whenMessagesReady().then(() => render(<App />, root));
