/**
 * Text patterns of the short lines that sit inside article bodies without being part of the story: ad labels,
 * "read more" teasers, newsletter pitches, photo credits, share prompts, bylines and date stamps.
 * Only short blocks are tested, so a sentence of real prose that mentions "subscribe" is never dropped.
 */

const AD_LABEL =
  /^(advertisement|advertisements?|advert|ad|ads|sponsored( content)?|anzeige|werbung|publicité|publicidad|pubblicità|реклама|إعلان|إعلانات|story continues below( this)? advertisement|article continues below( this)? (ad|advertisement)|continue reading (the|this|our)? ?(main )?(story|article)( below)?)\W*$/iu;

const AD_LABEL_SHORT =
  /^((skip|close|hide) (this )?(advertisement|ad)s?|(advertisement|advert|anzeige|werbung|реклама|publicité|publicidad|إعلان)\b.{0,30})$/iu;

/** Author taglines and tip lines that close a story: "Reach her at …", "Have a tip? …", "Get in touch." */
const CONTACT =
  /\b(reach (him|her|them|us) at|(contact|email|e-mail) (him|her|them) at|follow (him|her|them|us) on|can be reached at|may be reached at|have a (news )?tip|send (us )?(a |your )?tips?|get in touch|contributed (reporting )?to this (report|story|article)|reporting by .{2,60}; editing by)\b/iu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

const AUTHOR_INTRO = /^(\p{Lu}[\p{L}.'’-]+\s){1,3}(is|covers|writes|reports|was|has been)\b/u;

/** "Jane Doe covers transport for the Herald. Reach her at jd@…": the author's tagline closing a story. */
export function isClosingTagline(text: string): boolean {
  return text.length < 240 && EMAIL.test(text) && AUTHOR_INTRO.test(text);
}

const TEASER_START =
  /^(read more|read also|also read|see also|related|more from|more on|more:|recommended|watch:|listen:|click here|continue reading|keep reading|weiterlesen|lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren|читайте также|смотрите также|по теме|lire aussi|à lire aussi|lee también|te puede interesar|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا)\b/iu;

const NEWSLETTER = /\b(newsletter|sign up|signup|subscribe|subscription|inbox|abonnieren|abonnez|подпис)/iu;

const SHARE_INVITE = /\b(share (it|this( story| article| post)?) with (a friend|your friends|others)|like this (story|article)\?)/iu;

const SHARE =
  /^(share|share this|share on|share via|tweet|email|e-mail|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|comments?|teilen|drucken|поделиться|مشاركة)\b[\s\w|,/]{0,60}$/iu;

const CREDIT =
  /^((photo|photograph|image|picture|illustration|video|graphic|foto|bild|фото|صورة)s?\s*(credit)?\s*[:/©]|credit\s*:|©|\(c\)\s)/iu;
const CREDIT_AGENCY =
  /^[\p{L}\s./,&-]{0,60}\b(getty images|reuters|associated press|ap photo|afp|shutterstock|epa|dpa|picture alliance|istock|alamy)\b[\p{L}\s./,&-]{0,40}$/iu;

const BYLINE =
  /^(by|von|par|por|di|door|автор|авторы|بقلم|كتب)[\s:]+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4}(\s*(,|and|und|&|и)\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4})*(\s*[|,·•-]\s*.{0,60})?$/u;

const DATE_STAMP =
  /^((published|updated|posted|last updated|first published|modified|veröffentlicht|aktualisiert|stand|опубликовано|обновлено|publié|mis à jour|publicado|actualizado|نشر|تحديث)\b[^.!?]{0,60}|[^.!?]{0,30}\b(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-zä]*\.?\s+\d{4})\b[^.!?]{0,30})$/iu;

const MISC =
  /^(loading|loading…|loading\.\.\.|skip to (main )?content|back to top|top of page|follow us( on)?\b.*|this article (is|was) (more than|over) .{0,30} old\.?|image \d+ of \d+|\d+ of \d+|next|previous|prev|zurück|weiter|more|mehr)$/iu;

export type BoilerplateReason = 'contact' | 'ad-label' | 'teaser' | 'newsletter' | 'share' | 'credit' | 'byline' | 'date' | 'misc';

/** Why a short block of text is boilerplate, or null if it reads like part of the story. */
export function boilerplateReason(text: string, linkShare: number): BoilerplateReason | null {
  const length = text.length;
  if (length > 220) return null;
  if (AD_LABEL.test(text) || (length < 45 && AD_LABEL_SHORT.test(text))) return 'ad-label';
  if (CONTACT.test(text)) return 'contact';
  if (TEASER_START.test(text) && (linkShare > 0.3 || length < 120)) return 'teaser';
  if (length < 160 && NEWSLETTER.test(text) && !/["“”«»„]/.test(text)) return 'newsletter';
  if ((length < 80 && SHARE.test(text)) || (length < 120 && SHARE_INVITE.test(text))) return 'share';
  if (length < 140 && (CREDIT.test(text) || CREDIT_AGENCY.test(text))) return 'credit';
  if (length < 100 && BYLINE.test(text)) return 'byline';
  if (length < 90 && DATE_STAMP.test(text) && !/[.!?]["”]?$/.test(text.replace(/\d\.$/, ''))) return 'date';
  if (length < 80 && MISC.test(text)) return 'misc';
  return null;
}
