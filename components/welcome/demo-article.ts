/**
 * Passages of the bundled demo article (demo/article.html, the page `npm start` opens), which the welcome page
 * shows Gloss at work on. An extension page can't load that page (it is served only by `npm start`, and content
 * scripts don't run in extension pages), so the welcome page shows these words, kept verbatim by a unit test.
 */

/** A paragraph with one passage marked in it: `before` + `passage` + `after` is the paragraph's text. */
export interface MarkedParagraph {
  before: string;
  passage: string;
  after: string;
}

export const DEMO_SITE = 'The Harbour Ledger';
export const DEMO_HEADLINE = 'Riverside Council Backs Year-Long Trial of Electric Water Ferries';

/** The quote a reader selects and annotates in step 1, and who said it. */
export const DEMO_SELECTION: MarkedParagraph = {
  before: '"',
  passage: 'People have been asking us for years why a city built on a river makes everyone queue on one bridge',
  after: '," said Councillor Ines Barrow, who chairs the transport committee.',
};
export const DEMO_SELECTION_SPEAKER = { name: 'Ines Barrow', role: 'Councillor' };

/** A quote Gloss suggests on the demo article (tests/e2e/suggestions-demo.test.ts), with its speaker. */
export const DEMO_SUGGESTION: MarkedParagraph = {
  before:
    'Councillor Paul Denning, one of the two members who voted against, argued that the passenger forecasts assumed every resident of the new dockside flats would use the service. "',
  passage: 'If half of them do, the subsidy per journey doubles',
  after: '," he said, adding that the money could instead pay for more frequent buses.',
};
export const DEMO_SUGGESTION_SPEAKER = 'Paul Denning';
