/**
 * The first-run page (entrypoints/welcome): three steps shown on the demo article's own words: select and
 * annotate, suggestions, the library. Static: the pictures of the toolbar, card and suggestion are drawn with
 * the same colours as the real ones and hidden from screen readers, whose users get the same steps as text.
 */
import type { ComponentChildren } from 'preact';
import {
  DEMO_HEADLINE,
  DEMO_SELECTION,
  DEMO_SELECTION_SPEAKER,
  DEMO_SITE,
  DEMO_SUGGESTION,
  DEMO_SUGGESTION_SPEAKER,
  type MarkedParagraph,
} from './demo-article';

export interface WelcomeProps {
  /** The library page (library.html). */
  libraryHref: string;
  /** The settings page (options.html), where sync is set up. */
  settingsHref: string;
  /** The reader view's keyboard shortcut as the browser has it, or null when the reader has removed it. */
  readerShortcut: string | null;
}

export function Welcome({ libraryHref, settingsHref, readerShortcut }: WelcomeProps) {
  return (
    <div class="welcome">
      <header class="welcome-header">
        <h1>
          <img src="/icon/48.png" alt="" width={32} height={32} /> Welcome to Gloss
        </h1>
        <p class="welcome-lead">
          Gloss helps you keep track of what an article claims, who said it, and what backs it, on the news sites you already read. There is
          no account and nothing to set up: what you mark stays in this browser.
        </p>
      </header>
      <main>
        <p>Here is how it works, on a demo article from {DEMO_SITE}:</p>
        <ol class="welcome-steps" data-testid="welcome-steps">
          <SelectStep />
          <SuggestionStep />
          <LibraryStep libraryHref={libraryHref} readerShortcut={readerShortcut} />
        </ol>
      </main>
      <footer class="welcome-footer">
        <p>
          Gloss works offline and sends nothing to its makers. To have your annotations on your other devices, you can sync them with a
          CouchDB server of your own in <a href={settingsHref}>Settings</a>.
        </p>
      </footer>
    </div>
  );
}

function Step({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <li class="welcome-step" data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </li>
  );
}

/** The demo article's page as a reader sees it: its site and headline, one paragraph, and what Gloss adds. */
function DemoPage({ label, children, overlay }: { label: string; children: ComponentChildren; overlay?: ComponentChildren }) {
  return (
    <figure class="demo">
      <div class="demo-page">
        <p class="demo-site">{DEMO_SITE}</p>
        <p class="demo-headline">{DEMO_HEADLINE}</p>
        {children}
        {overlay}
      </div>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function Paragraph({ text, passageClass, label }: { text: MarkedParagraph; passageClass: string; label?: string }) {
  return (
    <p class="demo-text">
      {text.before}
      <span class={passageClass}>{text.passage}</span>
      {label && (
        <span class="demo-label" aria-hidden="true">
          {label}
        </span>
      )}
      {text.after}
    </p>
  );
}

function SelectStep() {
  return (
    <Step id="welcome-annotate" title="1. Select a passage and annotate it">
      <DemoPage
        label={`Councillor ${DEMO_SELECTION_SPEAKER.name}'s words selected, and the toolbar Gloss shows next to a selection.`}
        overlay={
          <div class="demo-toolbar" aria-hidden="true">
            <span class="kind-quote">Quote</span>
            <span class="kind-claim">Claim</span>
            <span class="kind-note">Note</span>
          </div>
        }
      >
        <Paragraph text={DEMO_SELECTION} passageClass="demo-selected" />
      </DemoPage>
      <ol class="welcome-how">
        <li>Select words in an article, as you would to copy them.</li>
        <li>
          Pick <strong>Quote</strong>, <strong>Claim</strong> or <strong>Note</strong> on the small toolbar that appears. A quote takes its
          speaker and role ({DEMO_SELECTION_SPEAKER.name}, {DEMO_SELECTION_SPEAKER.role}); a claim its claimant, a verdict and the sources
          that back or dispute it; a note your own words.
        </li>
        <li>
          Press <strong>Save</strong>. Nothing is stored before that: Cancel or Esc leave no trace.
        </li>
      </ol>
      <p>Gloss highlights what you saved and finds it again on every visit, even after the publisher has edited the page.</p>
    </Step>
  );
}

function SuggestionStep() {
  return (
    <Step id="welcome-suggestions" title="2. Suggestions: the quotes Gloss finds for you">
      <DemoPage label={`A suggested quote, underlined with dashes, with its speaker: ${DEMO_SUGGESTION_SPEAKER}.`}>
        <Paragraph text={DEMO_SUGGESTION} passageClass="demo-suggested" label={DEMO_SUGGESTION_SPEAKER} />
      </DemoPage>
      <p>
        Gloss reads the article and suggests the quotes and reported claims in it, with who said them (in English, German, French and
        Spanish). They are underlined with dashes. Click one to see its card; <strong>Accept</strong> opens the editor with the speaker
        filled in, for you to check before saving. A suggestion is never saved by itself, and a name Gloss is not sure of is left out rather
        than guessed.
      </p>
      <p>The Gloss button in the browser's toolbar lists the page's annotations and suggestions.</p>
    </Step>
  );
}

function LibraryStep({ libraryHref, readerShortcut }: { libraryHref: string; readerShortcut: string | null }) {
  return (
    <Step id="welcome-library" title="3. Your library">
      <p>
        Everything you annotate, on every site, is in your library: search it, filter by speaker, verdict, tag, site or date, and export it
        (Web Annotation JSON-LD, Markdown, CSV or ClaimReview). The Gloss button's popup opens it too.
      </p>
      <p>
        <a class="welcome-library-link" href={libraryHref} data-testid="welcome-open-library">
          Open your library
        </a>
      </p>
      <p>
        On an article, the popup's reader view
        {readerShortcut ? (
          <>
            {' '}
            (or <kbd>{readerShortcut}</kbd>)
          </>
        ) : null}{' '}
        shows the clean article, with your highlights and suggestions.
      </p>
    </Step>
  );
}
