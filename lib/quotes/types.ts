/** Public shapes of the attribution finder (lib/quotes). Plain JSON-serializable data. */

export type AttributionKind = 'quote' | 'claim';

/** Who said a quote or makes a claim. `role` only when the article states it ("spokeswoman for X"). */
export interface AttributedSpeaker {
  name: string;
  role?: string;
}

export interface Attribution {
  kind: AttributionKind;
  /** Exactly paragraphs[paragraph].slice(start, end); quote marks excluded. */
  text: string;
  paragraph: number;
  start: number;
  end: number;
  speaker: AttributedSpeaker | null;
  /** With no speaker: an unnamed source's description as written ("American officials", "a spokesman"). */
  unnamed?: string;
  /** The speech verb or phrase as written: "said", "has denied", "according to", ":" for a colon intro. */
  cue: string;
  /** 0..1: how sure the rule that produced this is (a named speaker next to a cue is surest). */
  confidence: number;
}

export interface FindAttributionsOptions {
  /** BCP 47 primary tag ('en', 'de'); guessed from the text when absent or unsupported. */
  lang?: string;
}
