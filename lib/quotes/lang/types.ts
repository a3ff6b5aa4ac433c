/**
 * One language's vocabulary for finding attributions. Everything language-specific lives in these tables so
 * adding French, Spanish or Russian means adding a table, not touching the scanners.
 */
export interface LanguageTable {
  code: string;
  /** Quote mark pairs [open, close], most typical first. A mark may open in one pair and close in another. */
  quotePairs: ReadonlyArray<readonly [string, string]>;
  /**
   * Speech verbs whose complement is a reported clause, every inflected form written out (no stemming, so no
   * false friends). Multi-word forms allowed ("pointed out"). Separable German verbs use "verb…particle".
   */
  clauseVerbs: readonly string[];
  /** Verbs that report a denial: their complement is the denied content (a that-clause or a gerund). */
  denyVerbs: readonly string[];
  /** Phrases that head a denied content: "rejected claims", "dismissed suggestions". */
  denyPhrases: readonly string[];
  /** Verbs that attribute a direct quote but never take a reported clause ("asked", "called"). */
  quoteOnlyVerbs: readonly string[];
  /** Auxiliaries that may stand before a speech verb and belong to the cue ("has said", "was quoted as saying"). */
  cueAuxiliaries: readonly string[];
  /** Verbs that need an object before their clause ("told reporters that"): only accepted with a complementizer. */
  objectVerbs: readonly string[];
  /** "that" / "dass". */
  complementizers: readonly string[];
  /** Prepositions introducing a source before or after the content: "according to", "laut". */
  sourcePrepositions: readonly string[];
  /** Postpositions: "X zufolge". */
  sourcePostpositions: readonly string[];
  /** A short attribution right after a quote or clause: German ", so Albers." */
  postposedSo: string | null;
  /** Generic source nouns that point back at the previous source ("the figures", "den Angaben"). */
  anaphoricSources: readonly string[];
  /** Passive attribution: "it was reported by X that". Regex source with one capture group for X. */
  passiveBy: string | null;
  /** Sentence-initial anaphoric object ("Das kündigte X an"): the previous sentence is the content. */
  anaphoricObjects: readonly string[];
  personPronouns: readonly string[];
  groupPronouns: readonly string[];
  /** Determiners and articles (lower case). */
  determiners: readonly string[];
  /** Words that make a noun phrase indefinite or anonymous ("a", "one", "another", "several"). */
  indefinites: readonly string[];
  /** Person role and title nouns (lower case): minister, spokeswoman, diplomat. */
  roleNouns: readonly string[];
  /** Endings that mark a role noun in compounds (German "Gesundheitsministerin" ends in "ministerin"). */
  roleSuffixes: readonly string[];
  /** Words for a business, as a description ("the company") and as the end of its name ("Acme Holdings"). */
  companyWords: readonly string[];
  /** Organisation head nouns (lower case): ministry, council, company. */
  orgNouns: readonly string[];
  /** Endings of compound organisation nouns (German "Umweltministerium", "Landratsamt", "Wetterdienst"). */
  orgSuffixes: readonly string[];
  /**
   * Endings of compound nouns that describe a business before its name ("Autozulieferer Kellner",
   * "Infrastrukturgesellschaft SchienenNetz"): the name is what follows.
   */
  descriptorSuffixes: readonly string[];
  /** Capitalised words that never start or belong to a name (sentence-initial function words, months, days). */
  nonNameWords: readonly string[];
  /** Nouns that make a following quote the title of a work: film, book, song. */
  workNouns: readonly string[];
  /** Words that make a following quote a scare quote or a mention: so-called, dubbed, the phrase. */
  scareMarkers: readonly string[];
  /** Clause connectives that end a reported clause when preceded by a comma: although, but, while. */
  clauseBreakers: readonly string[];
  /** Subordinators that open a leading adverbial clause to be skipped: while, although, if. */
  leadingSubordinators: readonly string[];
  /** Finite auxiliaries/modals: a reported clause without "that" must contain one or a past-tense verb. */
  finiteMarkers: readonly string[];
  /** Whether a bare clause must show finiteMarkers (English) or any clause of 2+ words will do (German). */
  bareClauseNeedsFiniteVerb: boolean;
  /** Regex source for adverbials between speaker, cue and content: "on Monday", "in a statement". */
  adverbial: string;
  /** Abbreviations that do not end a sentence (without the dot). */
  abbreviations: readonly string[];
  /** Verb-second language: after an inverted cue the speaker is one short noun phrase ("sagte Oswald dem Sender"). */
  verbSecond: boolean;
  /** All nouns are capitalised (German): two capitalised words are a name only with a title or as an appositive. */
  capitalizedNouns: boolean;
  /** Title-case short quotes are titles of works (English); German capitalises nouns, so false. */
  titleCaseMeansTitle: boolean;
  /** Endings of agent/office nouns: a capitalised word before a 2-3 word name is a title ("Novelist Clara Brandt"). */
  titleSuffixes: readonly string[];
  /** Given names by gender (lower case): a hint for which person "she" or "he" is. */
  femaleNames: readonly string[];
  maleNames: readonly string[];
  /** Role words that mark a woman or a man ("spokeswoman", "Frau"); plus a feminine ending ("-in": Sprecherin). */
  femaleRoles: readonly string[];
  maleRoles: readonly string[];
  feminineRoleEnding: string | null;
  /** Personal pronouns also stand for organisations of that grammatical gender (German "die Behörde … sie"). */
  pronounsCanBeOrgs: boolean;
  femalePronouns: readonly string[];
  malePronouns: readonly string[];
  /** Documents that can be the source of a claim ("a study found", "the report said", "Eine Umfrage ergab"). */
  documentNouns: readonly string[];
  /** Verbs that report only with a document subject ("found", "shows", "ergab"): "police found a body" is no claim. */
  documentVerbs: readonly string[];
  /** Endings of common nouns, which a capitalised run must not end in to be a person's name (German). */
  commonNounEndings: readonly string[];
  /** Words frequent in this language, for the language guess. */
  commonWords: readonly string[];
  /** Elided articles and pronouns glued to the next word by an apostrophe (French "l’", "d’", "qu’"): split off. */
  elisions?: readonly string[];
  /** Endings of a present participle that reports ("saying", French "estimant", Spanish "asegurando"); default -ing. */
  participleEndings?: readonly string[];
  /**
   * A reported clause after the verb needs a complementizer (French/Spanish "que") or a bare infinitive ("assure
   * avoir", "negó haber"); otherwise what follows a comma-preceded verb is its inverted subject ("a annoncé la
   * ministre, X, à l'issue du conseil").
   */
  clauseNeedsComplementizer?: boolean;
  /** Endings of infinitives that may follow a speech verb as its content ("dit attendre", "negó haber"). */
  infinitiveEndings?: readonly string[];
  /** Words with an infinitive's ending that are no infinitive ("hier", "ayer"). */
  notInfinitives?: readonly string[];
  /** « » may hold a (no-break) space inside the marks: French typography "« Oui »". */
  spacedGuillemets?: boolean;
  /** Dialogue dashes (— / –) open a quote at a paragraph's start; an incise ("—dijo X—", ", répond X") splits it. */
  dialogueDashes?: boolean;
  /** Endings of a reporting mood (French conditionnel "-rait"): such a sentence right after a claim goes on with it. */
  reportedMoodEndings?: readonly string[];
  /** The subject pronoun is usually dropped (Spanish "«…», señaló."): a verb with no subject is the last person's. */
  proDrop?: boolean;
  /** Pronouns written after an inverted verb ("a-t-il", "dit-elle"): the cue's own subject. */
  invertedPronouns?: readonly string[];
}
