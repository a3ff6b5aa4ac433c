import { WORDING_DIFF_CSS } from '../WordingDiff';
/**
 * CSS for Gloss's in-page UI, injected as text into each closed shadow root (page styles can't reach in, and
 * nothing here leaks out). `:host` is reset so inherited page fonts and colours don't bleed through.
 */

/** Highlight colours by kind; the live page's manifest CSS (highlights.css) uses the same values. */
export const KIND_COLORS = {
  quote: 'rgba(255, 204, 0, 0.45)',
  claim: 'rgba(255, 112, 67, 0.38)',
  note: 'rgba(66, 153, 255, 0.32)',
} as const;

const BASE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
button { font: inherit; cursor: pointer; }
.ui { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
`;

export const EDITOR_CSS = `
.editor { display: grid; gap: 8px; }
.editor fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 4px; }
.editor legend, .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.kind-option { flex: 1; text-align: center; border: 1px solid #d0d7de; border-radius: 6px; padding: 3px 6px; cursor: pointer; }
.kind-option input { position: absolute; opacity: 0; pointer-events: none; }
.kind-option.selected { background: #1f2328; color: #fff; border-color: #1f2328; }
.editor-exact { margin: 0; padding: 4px 8px; border-left: 3px solid #d0d7de; color: #57606a; max-height: 6em; overflow: auto; font-style: italic; }
.field { display: grid; gap: 2px; }
.field label { font-size: 11px; color: #57606a; text-transform: uppercase; letter-spacing: .03em; }
.field-row { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; }
input, select, textarea { font: inherit; color: inherit; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 6px; width: 100%; }
textarea { resize: vertical; }
.field-error { color: #cf222e; margin: 0; font-size: 12px; }
.combobox { position: relative; }
.combobox-options { position: absolute; z-index: 1; left: 0; right: 0; margin: 2px 0 0; padding: 2px; list-style: none; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.12); max-height: 12em; overflow: auto; }
.combobox-options li { padding: 3px 6px; border-radius: 4px; cursor: pointer; display: flex; justify-content: space-between; gap: 6px; }
.combobox-options li.active, .combobox-options li:hover { background: #eaeef2; }
.option-detail { color: #57606a; font-size: 12px; }
.editor-buttons { display: flex; gap: 6px; }
.editor-buttons button, .sources button { border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 4px 10px; }
.editor-buttons .primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
.editor-buttons .danger { margin-inline-start: auto; color: #cf222e; }
.muted { color: #57606a; }
`;

export const PAGE_UI_CSS = `${BASE_CSS}${WORDING_DIFF_CSS}
.toolbar { display: flex; background: #1f2328; border-radius: 8px; padding: 3px; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.toolbar button { flex: 1 1 0; width: 64px; border: 0; background: transparent; color: #fff; padding: 5px 0; border-radius: 6px; font: 600 12px/1.2 system-ui, sans-serif; }
.toolbar button:hover, .toolbar button:focus-visible { background: rgba(255,255,255,.16); outline: none; }
.toolbar button:focus-visible { outline: 2px solid #fff; outline-offset: -2px; }
.toolbar .kind-quote { box-shadow: inset 0 -3px 0 ${KIND_COLORS.quote}; }
.toolbar .kind-claim { box-shadow: inset 0 -3px 0 ${KIND_COLORS.claim}; }
.toolbar .kind-note { box-shadow: inset 0 -3px 0 ${KIND_COLORS.note}; }
.card { width: 280px; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 10px; box-shadow: 0 6px 20px rgba(0,0,0,.18); }
.card:focus { outline: 3px solid #0969da; outline-offset: 2px; }
.card p { margin: 0 0 4px; }
.card-head { display: flex; gap: 6px; align-items: center; }
.badge { font-weight: 600; border-radius: 4px; padding: 0 6px; }
.badge.kind-quote { background: ${KIND_COLORS.quote}; }
.badge.kind-claim { background: ${KIND_COLORS.claim}; }
.badge.kind-note { background: ${KIND_COLORS.note}; }
.verdict { font-size: 12px; color: #57606a; }
.verdict-false, .verdict-misleading, .verdict-disputed { color: #cf222e; }
.verdict-supported { color: #1a7f37; }
.card-speaker { font-weight: 600; }
.card-cue { color: #57606a; font-size: 12px; }
.card-comment { white-space: pre-wrap; }
.card-actions { display: flex; gap: 6px; margin-top: 6px; }
.card-actions button { border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 6px; padding: 2px 10px; }
.card-actions .primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
.card-actions .danger { color: #cf222e; }
.editor-card { width: 360px; max-height: calc(100vh - 32px); overflow: auto; background: #fff; border: 1px solid #d0d7de; border-radius: 10px; padding: 12px; box-shadow: 0 10px 30px rgba(0,0,0,.22); }
.editor-card h2 { font-size: 13px; margin: 0 0 8px; }
${EDITOR_CSS}`;
