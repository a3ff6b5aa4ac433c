/** The reader view's CSS (inside its closed shadow root): themes, typography, highlights and suggestions. */
import { KIND_COLORS, PAGE_UI_CSS } from '../page-ui/styles';

export const READER_CSS = `${PAGE_UI_CSS}
.reader { position: fixed; inset: 0; overflow: auto; overscroll-behavior: contain; outline: none;
  --bg: #fff; --fg: #1f2328; --muted: #57606a; --rule: #d0d7de; --link: #0969da;
  background: var(--bg); color: var(--fg); font-size: var(--reader-font-size, 19px); }
.reader.theme-sepia { --bg: #f4ecd8; --fg: #3b2f1e; --muted: #6f5f48; --rule: #d9c9a6; --link: #8a4b08; }
.reader.theme-dark { --bg: #16181d; --fg: #e6e6e6; --muted: #9aa1aa; --rule: #30363d; --link: #58a6ff; }
.reader.font-serif .reader-article { font-family: Charter, "Iowan Old Style", Georgia, Cambria, "Times New Roman", serif; }
.reader.font-sans .reader-article { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.reader-toolbar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 10px; align-items: center; justify-content: center;
  padding: 6px 12px; background: var(--bg); border-bottom: 1px solid var(--rule); font: 13px/1.2 system-ui, sans-serif; }
.reader-toolbar .group { display: flex; gap: 2px; }
.reader-toolbar button { border: 1px solid var(--rule); background: transparent; color: var(--fg); border-radius: 6px; padding: 3px 8px; }
.reader-toolbar button[aria-pressed="true"] { background: var(--fg); color: var(--bg); }
.reader-toolbar button:disabled { opacity: .4; cursor: default; }
.reader-toolbar .close { font-size: 18px; line-height: 1; padding: 2px 10px; }
.reader-layout { display: flex; justify-content: center; gap: 32px; padding: 32px 20px 96px; }
.reader-article { width: 100%; max-width: var(--reader-width, 70ch); line-height: 1.6; }
/* Hyphenation follows the article's lang attribute (the browser has no dictionary without one). */
.reader-body { hyphens: auto; -webkit-hyphens: auto; overflow-wrap: break-word; }
.reader-title { font-size: 1.9em; line-height: 1.2; margin: 0 0 .4em; }
.reader-meta { color: var(--muted); font-size: .8em; margin: 0 0 1.2em; font-family: system-ui, sans-serif; }
.reader-lead { display: block; max-width: 100%; height: auto; margin: 0 0 1.2em; border-radius: 4px; }
.reader-body p, .reader-body ul, .reader-body ol, .reader-body blockquote, .reader-body pre, .reader-body table { margin: 0 0 1em; }
.reader-body h2, .reader-body h3, .reader-body h4 { line-height: 1.3; margin: 1.4em 0 .5em; }
.reader-body a { color: var(--link); }
.reader-body img { max-width: 100%; height: auto; }
.reader-body figure { margin: 1.2em 0; }
.reader-body figcaption { color: var(--muted); font-size: .8em; }
.reader-body blockquote { border-inline-start: 3px solid var(--rule); padding-inline-start: 1em; margin-inline: 0; color: var(--muted); }
.reader-body pre { overflow: auto; font-size: .85em; }
.reader-body td { border: 1px solid var(--rule); padding: .2em .4em; }
mark[data-gloss-key] { color: inherit; background: transparent; border-radius: 2px; cursor: pointer; }
mark[data-gloss-kind="quote"] { background: ${KIND_COLORS.quote}; }
mark[data-gloss-kind="claim"] { background: ${KIND_COLORS.claim}; }
mark[data-gloss-kind="note"] { background: ${KIND_COLORS.note}; }
mark[data-gloss-kind="suggestion"] { background: transparent; border-bottom: 2px dashed #8c959f; border-radius: 0; }
mark[data-gloss-label]::after { content: "\\2009" attr(data-gloss-label); font: 600 10px/1 system-ui, sans-serif; color: var(--muted); vertical-align: super; margin-inline-start: 2px; }
mark.gloss-flash { outline: 2px solid #d6249f; }
.reader-side { width: 300px; flex: none; display: flex; flex-direction: column; gap: 16px; font: 13px/1.4 system-ui, sans-serif; }
.people h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 6px; }
.people ul { list-style: none; margin: 0; padding: 0; }
.people li { display: flex; justify-content: space-between; padding: 2px 0; border-bottom: 1px solid var(--rule); }
.people .count { color: var(--muted); }
@media (max-width: 900px) { .reader-layout { flex-direction: column; align-items: center; } .reader-side { width: 100%; max-width: 34em; } }`;
