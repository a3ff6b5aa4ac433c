import { render } from 'preact';
import { SettingsForm } from '@/components/library/SettingsForm';
import { useSettings } from '../library/settings-store';
import '../library/style.css';

/** The options page: the library's settings form and a way to the library. */
function Options() {
  const { settings, status, update } = useSettings();
  return (
    <main class="library options">
      <header class="library-header">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> Gloss settings
        </h1>
        <a href="/library.html" target="_blank" data-testid="open-library">
          Open your library
        </a>
      </header>
      <SettingsForm settings={settings} onChange={update} status={status} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
