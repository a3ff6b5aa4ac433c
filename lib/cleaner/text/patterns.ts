/**
 * Boilerplate vocabulary of text renderings of news pages (English, German, French, Spanish).
 * Kept apart from the scoring so new phrasings can be added without touching the logic.
 */

/** Lines that open a block which ends the article: tag lists, related links, share bars, comments. */
export const STOP_LABEL =
  /^(tags?|tagged(?: with| in)?|keywords|topics?|related(?: articles| stories| posts| content| coverage| topics)?|see also|more from [^:]{1,40}|more on this( story)?|more stories|recommended( for you)?|you (?:may|might) also like|most (?:read|popular|viewed)|trending|share(?: this)?(?: article| story| page)?|follow us(?: on)?|comments?|leave a (?:comment|reply)|schlagw(?:ö|oe)rter|stichw(?:ö|oe)rter|themen|mehr zum thema|weitere artikel|(?:das|die) k(?:ö|oe)nnte sie auch interessieren|(?:à|a) lire aussi|sur le m(?:ê|e)me sujet|mots-cl(?:é|e)s|(?:é|e)tiquettes|temas|etiquetas|noticias relacionadas)\s*[:：]/i;

/** A whole line that is only a boilerplate heading of that kind ("Related", "Comments (12)", "Follow us"). */
export const STOP_LINE =
  /^(tags|related(?: articles| stories| posts| content)?|see also|more stories|more on this(?: story| topic)?|recommended(?: for you)?|you (?:may|might) also like|most (?:read|popular|viewed)|trending(?: now)?|top stories|latest news|follow us|share(?: this)?(?: article| story)?|\d*\s*comments?(?: \(\d+\))?|leave a (?:comment|reply)|join the (?:discussion|conversation)|about the author|newsletter|kommentare|weitere artikel|mehr zum thema|commentaires|comentarios|lo m(?:á|a)s le(?:í|i)do)\s*[:.]?$/i;

/** The hard end of an article: copyright / legal footer. */
export const COPYRIGHT =
  /©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\ball rights reserved\b|alle rechte vorbehalten|tous droits r(?:é|e)serv(?:é|e)s|todos los derechos reservados/i;

export const ALL_RIGHTS = /\ball rights reserved\b|alle rechte vorbehalten|tous droits r(?:é|e)serv(?:é|e)s|todos los derechos reservados/i;

/** "Home > World > Europe", "Startseite › Politik": a breadcrumb trail. */
export const BREADCRUMB = /^[^>›»]{1,40}(?:\s+[>›»/]\s+[^>›»]{1,40}){2,}$/;

/** A © that credits a photo, not the site ("© AP Photo/ Markus Schreiber"): dropped but not an end. */
export const PHOTO_CREDIT =
  /^(?:(?:photo|foto|image|picture|bild|illustration|credit|source|quelle)s?\s*(?:credit)?\s*[:/]|^.{0,80}©\s*(?:\S+\s+){0,3}(?:photo|foto|images?|picture|getty|reuters|afp|ap|dpa|epa|imago|shutterstock|istock|ria)\b|(?:getty images|reuters|afp|ap photo|dpa|epa)\s*(?:\/|$))/i;

/** Words of share bars and social widgets. */
export const SHARE_WORDS = new Set([
  'share',
  'shares',
  'tweet',
  'retweet',
  'recommend',
  'like',
  'likes',
  'pin',
  'email',
  'e-mail',
  'mail',
  'print',
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'reddit',
  'whatsapp',
  'telegram',
  'pinterest',
  'flipboard',
  'vk',
  'xing',
  'messenger',
  'copy',
  'link',
  'teilen',
  'drucken',
  'twittern',
  'partager',
  'imprimer',
  'compartir',
  'imprimir',
]);

/** Lines dropped wherever they appear, without breaking the body around them. */
const SKIP_LINES: RegExp[] = [
  /^(advertisement|advertising|anzeige|werbung|publicit(?:é|e)|publicidad|sponsored(?: content)?|ad|promoted|story continues below(?: advertisement)?|article continues below)$/i,
  /^(?:read more|read also|also read|read next|continue reading|click here|lesen sie (?:auch|mehr|weiter)|weiterlesen|mehr lesen|lire (?:aussi|la suite)|leer m(?:á|a)s)\b.{0,160}$/i,
  /^(?:watch|listen|video|audio|gallery|podcast)\s*[:|]/i,
  /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline|manage (?:cookies|preferences|options)|cookie settings|privacy settings|got it|ok(?:ay)?|i agree|agree|alle akzeptieren|akzeptieren|ablehnen|einstellungen|zustimmen|tout accepter|accepter|refuser|aceptar)[.!]?$/i,
  /^(?:sign up|subscribe)\b.{0,140}$/i,
  /\b(?:sign up for|subscribe to) (?:our|the) [\w\s-]{0,30}newsletter\b/i,
  /^(?:newsletter|jetzt abonnieren|abonnieren)\b.{0,140}$/i,
  /\b(?:subscribe|log in|sign in) to (?:continue|read the full)\b/i,
  /^(?:this (?:article|story|content) is (?:for|only available to) subscribers)\b/i,
  /^(?:image|photo|video|graphic)\s*\d+\s*(?:of|\/)\s*\d+$/i,
  /^(?:page \d+ of \d+|(?:\d+\s+)+next\b.*|(?:previous|prev|next)(?: page| article| story)?\s*[»›>]*)$/i,
];

const COOKIE_SITE =
  /\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\b(?:wir (?:verwenden|nutzen)|diese (?:web)?seite (?:verwendet|nutzt)) cookies\b|\b(?:nous utilisons|ce site utilise) (?:des )?cookies\b/i;
const COOKIE_ASK =
  /\b(?:accept|consent|agree|preferences|settings|policy|zustimm|akzeptier|einwillig|datenschutz|accepter|consentement|aceptar)/i;
const ADDRESSES_READER = /\b(?:you|your|ihr|ihre|sie|vous|votre|usted|tu)\b/i;

/** Cookie banners address the reader and ask for consent; an article about cookie law does neither in one line. */
function isCookieLine(text: string): boolean {
  if (!/\bcookies?\b/i.test(text) || text.length > 500) return false;
  return COOKIE_SITE.test(text) || (COOKIE_ASK.test(text) && ADDRESSES_READER.test(text));
}

export function isSkipLine(text: string): boolean {
  return isCookieLine(text) || SKIP_LINES.some((re) => re.test(text));
}

/** A line that opens with a clock time and reads like a headline ("01:52 Spanish People Protest…"). */
export const TIMESTAMP_HEADLINE = /^\(?\d{1,2}[:.h]\d{2}\)?(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr))?\s+[\p{L}"'“‘]/iu;

/** Opens a byline: "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Written by …", "Author: …". */
export const BYLINE_PREFIX = /^(?:(?:written |reported |posted )?by|von|par|por|door|av|author:|autor:|autorin:|auteur\s*:)\s+/i;
