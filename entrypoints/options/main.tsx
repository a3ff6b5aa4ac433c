import { render } from 'preact';
import { SettingsForm } from '@/components/library/SettingsForm';
import { SyncPanel } from '@/components/library/SyncPanel';
import { useSettings } from '../library/settings-store';
import { useSync } from './use-sync';
import '../library/style.css';
import { t, whenMessagesReady } from '@/components/i18n';

function SyncSection() {
  const sync = useSync();
  return (
    <SyncPanel
      status={sync.status}
      error={sync.error}
      busy={sync.busy}
      onConnect={sync.connect}
      onSyncNow={sync.syncNow}
      onDisconnect={sync.disconnect}
    />
  );
}

/** The options page: the library's settings form and a way to the library. */
function Options() {
  const { settings, status, update } = useSettings();
  return (
    <main class="library options">
      <header class="library-header">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> {t('settingsTitle')}
        </h1>
        <a href="/library.html" target="_blank" data-testid="open-library">
          {t('openYourLibrary')}
        </a>
      </header>
      <SettingsForm settings={settings} onChange={update} status={status} />
      <SyncSection />
    </main>
  );
}

const root = document.getElementById('app');
document.title = t('settingsTitle');
if (root) void whenMessagesReady().then(() => render(<Options />, root));
