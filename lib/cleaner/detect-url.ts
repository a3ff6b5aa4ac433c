/**
 * 'dated': a date in the path (/2024/09/17/, /2024-01/09/, -20240917); 'article': a long slug or a long numeric id;
 * 'section': one to three plain words (/opinion/, /business/markets, /sport/football/results), how news sites
 * address their fronts; 'listing': a search, tag, author, gallery, legal or other page that is never a story.
 */
export type UrlShape = 'dated' | 'article' | 'section' | 'listing' | 'home' | 'unknown';

/**
 * Path segments of pages that are never stories, whatever their slug or date says: /gallery/2025/mar/07/…,
 * /recipes/grandmas-soup/, /podcasts/show/episode-214, /forum/thread/…, /jobs/…, /property/for-sale/….
 */
const NON_STORY_SEGMENT =
  /^(gallery|galleries|pictures|in-pictures|photo|photos|foto|fotos|bilder|fotostrecke|fotogalerie|fotogallery|fotogallerie|galeria|galerie|diaporama|slideshows?|video|videos|audio|recipes?|rezepte?|recettes?|recetas?|podcasts?|episodes?|forum|forums|thread|threads|jobs|careers|stellenmarkt|emploi|empleo|property|properties|real-estate|immobilien|immobilier|inmuebles|shopping|deals|shop|about|about-us|ueber-uns|qui-sommes-nous|quienes-somos|help|faq|legal|corrections|policies|policy|standards|ethics|horoscopes?|astrology|fortune|puzzles?|crosswords?|games|obituaries|traueranzeigen|events)$/i;

const LISTING_SEGMENT =
  /^(tag|tags|topic|topics|thema|themen|category|categories|section|sections|rubrik|search|suche|author|authors|autor|profile|people|video|videos|live|ticker|liveticker|gallery|galleries|photos|fotos|bilder|login|signin|sign-in|register|account|subscribe|abo|comments|kommentare|archive|archiv|page|index|sitemap|contact|kontakt|about|impressum|weather|wetter|podcasts?|newsletters?)$/i;

/**
 * A last segment that names a legal or help page (/privacy-policy, /terms-of-use, /datenschutz, /mentions-legales):
 * checked only after the dated-URL test, so a dated story about a privacy law keeps its shape.
 */
const LEGAL_SLUG =
  /^((privacy|cookies?|corrections|editorial|ethics|comments?|community)[-_](policy|policies|notice|statement|guidelines)|privacy|cookies|terms([-_]of[-_](use|service))?|terms[-_]and[-_]conditions|legal([-_]notice)?|imprint|impressum|datenschutz(erklaerung)?|mentions[-_]legales|aviso[-_]legal|politica[-_]de[-_]privacidade?|accessibility([-_]statement)?|disclaimer)$/i;

export function urlShape(url: string | undefined): UrlShape {
  if (!url) return 'unknown';
  let path: string;
  let query: string;
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    query = parsed.search;
  } catch {
    return 'unknown';
  }
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return query && /[?&](q|query|s|search)=/.test(query) ? 'listing' : 'home';
  const last = (segments[segments.length - 1] ?? '').replace(/\.(s?html?|php|aspx?)$/i, '');
  if (segments.slice(0, -1).some((s) => NON_STORY_SEGMENT.test(s)) || (segments.length === 1 && NON_STORY_SEGMENT.test(last)))
    return 'listing';
  if (/(^|\/)20\d\d[/-][01]?\d\//.test(path) || /(^|[-_/])20\d\d[01]\d[0-3]\d/.test(path)) return 'dated';
  if (LEGAL_SLUG.test(last)) return 'listing';
  if (last.split(/[-_]/).length >= 4 || /\d{6,}/.test(last)) return 'article';
  if (segments.some((s) => LISTING_SEGMENT.test(s))) return 'listing';
  if (/[?&](q|query|s|search|page)=/.test(query)) return 'listing';
  if (segments.length <= 3 && segments.every((s) => /^\p{L}+$/u.test(s)) && !/\d/.test(query)) return 'section';
  return 'unknown';
}
