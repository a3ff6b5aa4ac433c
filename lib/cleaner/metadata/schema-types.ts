/** schema.org type names, shared by the JSON-LD and microdata readers. */

/**
 * Article-like types: Article and every subtype ending in "Article" (NewsArticle, ReportageNewsArticle,
 * AnalysisNewsArticle, OpinionNewsArticle, ScholarlyArticle…), BlogPosting, LiveBlogPosting, Report.
 */
export function isArticleType(type: string): boolean {
  return /Article$|^(?:BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report)$/.test(type);
}

/** Page types whose name / dates describe the article when no Article node exists. */
export function isPageType(type: string): boolean {
  return /^(?:WebPage|ItemPage)$/.test(type);
}

/** "http://schema.org/NewsArticle" or "schema:NewsArticle" -> "NewsArticle". */
export function bareTypeName(type: string): string {
  return type.trim().replace(/^.*[/#:]/, '');
}

/** The @type of a JSON-LD node (a string or an array of strings) as bare names. */
export function jsonLdTypes(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : [value];
  return raw.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map(bareTypeName);
}

/** The most specific article type among `types` if any, else the first type. */
export function mainTypeName(types: string[]): string | null {
  return types.find(isArticleType) ?? types.find(isPageType) ?? types[0] ?? null;
}
