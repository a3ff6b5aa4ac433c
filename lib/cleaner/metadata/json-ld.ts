/**
 * Metadata from JSON-LD. The main entity is the first article-typed node (one with a headline or body
 * preferred, so a "related articles" list cannot win over the story); a WebPage node fills in what the article
 * node lacks (Yoast puts dates on the WebPage), and a WebSite node's name is a last resort for the site name.
 */
import { cleanPersonName } from './byline';
import { isJsonNode, readJsonLdGraph, resolveRef, type JsonLdGraph, type JsonNode } from './json-ld-parse';
import { isArticleType, isPageType, jsonLdTypes, mainTypeName } from './schema-types';
import { joinNames, splitKeywords, tidyText } from './text';

export interface JsonLdFields {
  headline: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  publisherName: string | null;
  websiteName: string | null;
  section: string | null;
  keywords: string[];
  lang: string | null;
  description: string | null;
  /** Raw (possibly relative) URLs; the caller resolves them. */
  image: string | null;
  url: string | null;
  articleBody: string | null;
  schemaType: string | null;
}

export const EMPTY_JSON_LD: JsonLdFields = {
  headline: null,
  byline: null,
  published: null,
  modified: null,
  publisherName: null,
  websiteName: null,
  section: null,
  keywords: [],
  lang: null,
  description: null,
  image: null,
  url: null,
  articleBody: null,
  schemaType: null,
};

export function readJsonLd(doc: Document): JsonLdFields {
  const graph = readJsonLdGraph(doc);
  const article = pickArticle(graph.entities);
  const page = graph.entities.find((node) => jsonLdTypes(node['@type']).some(isPageType)) ?? null;
  const website = graph.entities.find((node) => jsonLdTypes(node['@type']).includes('WebSite')) ?? null;
  const nodes = [article, page].filter((node): node is JsonNode => node !== null);
  if (nodes.length === 0) return { ...EMPTY_JSON_LD, websiteName: website ? tidyText(website.name) : null };

  const field = (...keys: string[]): unknown => {
    for (const node of nodes) {
      for (const key of keys) {
        const value = node[key];
        if (value !== undefined && value !== null && value !== '') return value;
      }
    }
    return undefined;
  };

  return {
    headline: tidyText(firstString(field('headline', 'name', 'alternativeHeadline'))),
    byline: authorNames(field('author', 'creator'), graph),
    published: firstString(field('datePublished', 'dateCreated')),
    modified: firstString(field('dateModified')),
    publisherName: orgName(field('publisher', 'sourceOrganization'), graph),
    websiteName: website ? tidyText(firstString(website.name)) : null,
    section: tidyText(firstString(field('articleSection'))),
    keywords: keywordList(field('keywords')),
    lang: languageOf(field('inLanguage', 'language'), graph),
    description: tidyText(firstString(field('description'))),
    image: imageUrl(field('image', 'thumbnailUrl'), graph, 0),
    url: pageUrl(field('url', 'mainEntityOfPage'), graph),
    articleBody: articleBodyOf(article),
    schemaType: mainTypeName(jsonLdTypes((article ?? page)?.['@type'])),
  };
}

function pickArticle(entities: JsonNode[]): JsonNode | null {
  const articles = entities.filter((node) => jsonLdTypes(node['@type']).some(isArticleType));
  return articles.find((node) => node.headline !== undefined || node.articleBody !== undefined) ?? articles[0] ?? null;
}

/** A property that may be a string, a number, or an array of them (articleSection: ["World", "Europe"]). */
function firstString(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = firstString(item);
      if (text !== null) return text;
    }
    return null;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function authorNames(value: unknown, graph: JsonLdGraph): string | null {
  const names: string[] = [];
  const visit = (item: unknown, depth: number): void => {
    if (depth > 3) return;
    if (Array.isArray(item)) {
      for (const entry of item) visit(entry, depth + 1);
      return;
    }
    const resolved = resolveRef(item, graph.byId);
    const name = isJsonNode(resolved) ? personName(resolved) : firstString(resolved);
    const cleaned = name === null ? null : cleanPersonName(name);
    if (cleaned !== null) names.push(cleaned);
  };
  visit(value, 0);
  return joinNames(names);
}

function personName(node: JsonNode): string | null {
  const name = firstString(node.name);
  if (name !== null) return name;
  const parts = [firstString(node.givenName), firstString(node.familyName)].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function orgName(value: unknown, graph: JsonLdGraph): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  const resolved = resolveRef(first, graph.byId);
  return tidyText(isJsonNode(resolved) ? firstString(resolved.name) : firstString(resolved));
}

/** keywords: "a, b, c" or ["a", "b"] (entries may themselves be comma lists on some CMSs). */
function keywordList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((item): item is string => typeof item === 'string').flatMap((item) => splitKeywords(tidyText(item) ?? ''));
}

function languageOf(value: unknown, graph: JsonLdGraph): string | null {
  const resolved = resolveRef(Array.isArray(value) ? value[0] : value, graph.byId);
  if (isJsonNode(resolved)) return firstString(resolved.alternateName) ?? firstString(resolved.name);
  return firstString(resolved);
}

/** image: "url" | ImageObject {url | contentUrl} | [either…] | {"@id"} reference; the first usable one. */
function imageUrl(value: unknown, graph: JsonLdGraph, depth: number): string | null {
  if (depth > 3) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const url = imageUrl(item, graph, depth + 1);
      if (url !== null) return url;
    }
    return null;
  }
  const resolved = resolveRef(value, graph.byId);
  if (!isJsonNode(resolved)) return firstString(resolved);
  return imageUrl(resolved.url ?? resolved.contentUrl, graph, depth + 1) ?? idUrl(resolved);
}

/** url, else mainEntityOfPage as a string or as {"@id": "https://…"}. */
function pageUrl(value: unknown, graph: JsonLdGraph): string | null {
  const resolved = resolveRef(Array.isArray(value) ? value[0] : value, graph.byId);
  if (!isJsonNode(resolved)) return firstString(resolved);
  return firstString(resolved.url) ?? idUrl(resolved);
}

/** An @id that is a plain page URL (not a "#fragment" node name) doubles as the URL. */
function idUrl(node: JsonNode): string | null {
  const id = node['@id'];
  return typeof id === 'string' && /^https?:\/\/[^#]+$/i.test(id.trim()) ? id.trim() : null;
}

function articleBodyOf(article: JsonNode | null): string | null {
  const body = article?.articleBody;
  return typeof body === 'string' && body.trim() !== '' ? body.trim() : null;
}
