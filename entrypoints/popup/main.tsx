import { render } from 'preact';
import { App } from './App';
import '@/components/editor/editor.css';
import '@/components/wording-diff.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
