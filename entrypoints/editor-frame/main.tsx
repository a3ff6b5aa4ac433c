/**
 * The annotation editor's frame (lib/editor-frame.ts says why it is a frame). It does nothing until the content
 * script hands it a port with the token from its URL fragment, and the background confirms that Gloss's content
 * script in this tab registered that token (a page that frames this page itself has none: the frame stays blank).
 * Then it shows the editor for the annotation it is sent, and asks the content script over the port to save or
 * delete; speaker and source suggestions it asks the background for itself.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { EditorPanel, focusFirstField } from '@/components/page-ui/EditorPanel';
import { PAGE_UI_CSS } from '@/components/page-ui/styles';
import { EDITOR_PORT_KEY, type EditorReplies, type EditorRequest, type FromEditorFrame, type ToEditorFrame } from '@/lib/editor-frame';
import { createSender, type Result } from '@/lib/messages';
import '@/components/editor/editor.css';
import { t, whenMessagesReady } from '@/components/i18n';

// The card's look is the host's (page-ui.tsx): here only its inside.
const FRAME_CSS = `${PAGE_UI_CSS}
html, body { margin: 0; background: #fff; }
.editor-card { width: auto; max-height: none; overflow: visible; border: 0; border-radius: 0; box-shadow: none; }
`;

const token = location.hash.slice(1);
const root = document.getElementById('app')!;
let port: MessagePort | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

const post = (message: FromEditorFrame) => port?.postMessage(message);

function ask<K extends EditorRequest['type']>(request: Extract<EditorRequest, { type: K }>): Promise<EditorReplies[K]> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    post({ type: 'request', id, request });
  });
}

function receive(message: ToEditorFrame): void {
  if (message.type === 'reply') {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.value);
    else waiting?.reject(new Error(message.error));
  } else if (message.type === 'hide') {
    showing = null;
    render(null, root);
  } else {
    const { annotation } = message;
    render(
      <div class="ui">
        <div class="editor-card" role="dialog" aria-label={t('editorCardName')}>
          <EditorPanel
            annotation={annotation}
            suggestSpeakers={async (prefix) => unwrapOr(await toBackground('suggest/speakers', { prefix }), [])}
            suggestSources={async (prefix) => unwrapOr(await toBackground('suggest/sources', { prefix }), [])}
            save={async (updated) => void (await ask({ type: 'save', annotation: updated }))}
            remove={async (doomed) => void (await ask({ type: 'remove', annotation: doomed }))}
            onClose={() => post({ type: 'close' })}
          />
        </div>
      </div>,
      root,
    );
    // Focused now, not after the next paint (EditorPanel's effect): keys typed as soon as the card shows must land.
    focusFirstField(root, annotation.kind);
    showing = annotation.id;
    post({ type: 'rendered', id: annotation.id });
    if (document.hasFocus()) post({ type: 'shown', id: annotation.id });
  }
}

/** The annotation on screen, once the page has given the frame the focus (see `shown`). */
let showing: string | null = null;
window.addEventListener('focus', () => {
  if (showing) post({ type: 'shown', id: showing });
});

const style = document.createElement('style');
style.textContent = FRAME_CSS;
document.head.append(style);

/**
 * The background, straight from this extension page: speaker and source suggestions span every site the reader
 * annotated, so they never pass through the page's content script (which may only see its own page's data).
 */
const toBackground = createSender((message) => browser.runtime.sendMessage(message));
const unwrapOr = <T,>(result: Result<T>, fallback: T): T => (result.ok ? result.value : fallback);

/** Whether Gloss opened this frame: its token was registered by Gloss's content script in this tab (used up now). */
async function openedByGloss(): Promise<boolean> {
  if (!/^[0-9a-f]{32}$/.test(token)) return false;
  const [claimed] = await Promise.all([toBackground('editor/claim', { token }), whenMessagesReady()]);
  return claimed.ok && claimed.value;
}
const vouched = openedByGloss();
void vouched.then((ok) => {
  if (!ok) console.warn('Gloss: this editor was not opened by Gloss on this page; it stays blank.');
});

// Only the content script knows the token; any other window's message (the page's, say) is ignored, and so is
// everything when the background does not vouch for the token.
window.addEventListener('message', (event) => {
  const data = event.data as Record<string, unknown> | null;
  const offered = event.ports[0];
  if (port || token === '' || data?.[EDITOR_PORT_KEY] !== token || !offered) return;
  void vouched.then((ok) => {
    if (!ok || port) return offered.close();
    port = offered;
    port.onmessage = (incoming) => receive(incoming.data as ToEditorFrame);
    post({ type: 'ready' });
  });
});

// Esc goes to the page's Gloss (an open autocomplete list takes it first: it marks the event as handled).
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.defaultPrevented) post({ type: 'escape' });
});

new ResizeObserver(() => post({ type: 'size', height: Math.ceil(document.body.getBoundingClientRect().height) })).observe(document.body);
