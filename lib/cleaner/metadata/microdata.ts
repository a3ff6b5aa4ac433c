/**
 * Metadata from schema.org microdata (itemscope / itemprop). The article scope is the first itemscope whose
 * itemtype is article-like (else a WebPage scope); only properties owned by that scope count, so the
 * `name` of a nested author or publisher is never read as the headline. Pages that use itemprop without
 * any itemscope get their unowned properties read instead.
 */
import { cleanPersonName } from './byline';
import { bareTypeName, isArticleType, isPageType, mainTypeName } from './schema-types';
import { joinNames, splitKeywords, tidyText } from './text';

export interface MicrodataFields {
  headline: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  section: string | null;
  keywords: string[];
  description: string | null;
  /** Raw (possibly relative) URLs; the caller resolves them. */
  image: string | null;
  url: string | null;
  publisherName: string | null;
  schemaType: string | null;
}

export const EMPTY_MICRODATA: MicrodataFields = {
  headline: null,
  byline: null,
  published: null,
  modified: null,
  section: null,
  keywords: [],
  description: null,
  image: null,
  url: null,
  publisherName: null,
  schemaType: null,
};

const PROPS = [
  'headline',
  'name',
  'datePublished',
  'dateCreated',
  'dateModified',
  'author',
  'creator',
  'articleSection',
  'keywords',
  'description',
  'image',
  'publisher',
  'url',
  'mainEntityOfPage',
];
/** Without an article scope, `name` would match every breadcrumb and list item: only the rest are read. */
const UNSCOPED_PROPS = PROPS.filter((prop) => prop !== 'name');

export function readMicrodata(doc: Document): MicrodataFields {
  // One document traversal for every microdata element; scope and property lookups filter this list.
  const marked = Array.from(doc.querySelectorAll('[itemprop], [itemscope]'));
  if (marked.length === 0) return EMPTY_MICRODATA;
  const scope = findArticleScope(marked);
  const props = ownedProps(
    marked.filter((el) => el.hasAttribute('itemprop') && (scope === null || scope.contains(el))),
    scope,
  );
  const first = (...names: string[]): Element | null => {
    for (const name of names) {
      const element = props.get(name)?.[0];
      if (element) return element;
    }
    return null;
  };
  const text = (...names: string[]): string | null => {
    const element = first(...names);
    return element ? tidyText(textValue(element)) : null;
  };

  const authors = [...(props.get('author') ?? []), ...(props.get('creator') ?? [])]
    .map((element) => cleanPersonName(nameOf(element) ?? ''))
    .filter((name): name is string => name !== null);
  const publisher = first('publisher');

  return {
    // `name` is the headline only on an article scope; on a WebPage scope it is as often the site's name.
    headline: text('headline') ?? (scope !== null && itemTypes(scope).some(isArticleType) ? text('name') : null),
    byline: joinNames(authors),
    published: dateValue(first('datePublished', 'dateCreated')),
    modified: dateValue(first('dateModified')),
    section: text('articleSection'),
    keywords: (props.get('keywords') ?? []).flatMap((element) => splitKeywords(tidyText(textValue(element)) ?? '')),
    description: text('description'),
    image: urlValue(first('image')),
    url: urlValue(first('url', 'mainEntityOfPage')),
    publisherName: publisher ? tidyText(nameOf(publisher)) : null,
    schemaType: scope ? mainTypeName(itemTypes(scope)) : null,
  };
}

function itemTypes(element: Element): string[] {
  return (element.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map(bareTypeName);
}

function findArticleScope(marked: Element[]): Element | null {
  let page: Element | null = null;
  for (const element of marked) {
    if (!element.hasAttribute('itemscope') || !element.hasAttribute('itemtype')) continue;
    const types = itemTypes(element);
    if (types.some(isArticleType)) return element;
    if (page === null && types.some(isPageType)) page = element;
  }
  return page;
}

/**
 * The itemscope an itemprop belongs to: the nearest itemscope above it (not the element's own scope).
 * A plain parent walk: pages with hundreds of itemprops (breadcrumbs, product lists) make a selector-based
 * closest() per element measurably slow in linkedom.
 */
function ownerScope(element: Element): Element | null {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    if (node.hasAttribute('itemscope')) return node;
  }
  return null;
}

/** Property name -> elements, in document order, for the properties `scope` owns (null: unowned ones). */
function ownedProps(candidates: Iterable<Element>, scope: Element | null): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  const wanted = scope === null ? UNSCOPED_PROPS : PROPS;
  // One cheap `[itemprop]` query filtered here: a list of thirteen `[itemprop~=…]` selectors costs far more
  // per node in linkedom, and the property names must be split out of the attribute anyway.
  for (const element of candidates) {
    const names = (element.getAttribute('itemprop') ?? '').split(/\s+/).filter((name) => wanted.includes(name));
    if (names.length === 0 || ownerScope(element) !== scope) continue;
    for (const name of names) {
      const list = map.get(name);
      if (list) list.push(element);
      else map.set(name, [element]);
    }
  }
  return map;
}

/** The microdata text value: meta content, else the element's text. */
function textValue(element: Element): string {
  if (element.hasAttribute('content')) return element.getAttribute('content') ?? '';
  return element.textContent ?? '';
}

/** datetime / content attribute first: the visible text ("02:13 21.11.2014") is the page's display format. */
function dateValue(element: Element | null): string | null {
  if (element === null) return null;
  return element.getAttribute('datetime') ?? element.getAttribute('content') ?? tidyText(element.textContent);
}

/** URL-valued properties: content / href / src, or an ImageObject scope's own url or contentUrl. */
function urlValue(element: Element | null): string | null {
  if (element === null) return null;
  const direct = element.getAttribute('content') ?? element.getAttribute('href') ?? element.getAttribute('src');
  if (direct !== null && direct.trim() !== '') return direct.trim();
  if (!element.hasAttribute('itemscope')) return null;
  const nested = ownedProps(element.querySelectorAll('[itemprop]'), element);
  const inner = nested.get('url')?.[0];
  if (inner) return urlValue(inner);
  const content = element.querySelector('[itemprop~="contentUrl"]');
  return content ? urlValue(content) : null;
}

/** A Person / Organization scope's name property, else the element's own text or content. */
function nameOf(element: Element): string | null {
  if (element.hasAttribute('itemscope')) {
    const name = element.querySelector('[itemprop~="name"]');
    return name ? textValue(name) : null;
  }
  return textValue(element);
}
