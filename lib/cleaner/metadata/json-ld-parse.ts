/**
 * Reads every `<script type="application/ld+json">` into plain nodes. Pages ship broken JSON-LD often
 * (HTML comments or CDATA around it, raw line breaks in strings, trailing commas): we repair those three
 * cases and skip anything still unparsable, never throwing.
 */

export type JsonNode = Record<string, unknown>;

export interface JsonLdGraph {
  /** Top-level entities: array items, @graph members, and nested mainEntity / mainEntityOfPage objects. */
  entities: JsonNode[];
  /** Every object with an "@id" that carries more than the id, for resolving {"@id": …} references. */
  byId: Map<string, JsonNode>;
}

/** Scripts larger than this are skipped: real metadata is small, and articleBody rarely exceeds it. */
const MAX_SCRIPT_CHARS = 2_000_000;
/** Bounds on the walk so a hostile or huge graph cannot stall the content script. */
const MAX_DEPTH = 8;
const MAX_OBJECTS = 5_000;

export function isJsonNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readJsonLdGraph(doc: Document): JsonLdGraph {
  const graph: JsonLdGraph = { entities: [], byId: new Map() };
  const budget = { objects: 0 };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const value = parseLenient(text);
    if (value === undefined) continue;
    collectEntities(value, graph.entities, 0);
    indexIds(value, graph.byId, 0, budget);
  }
  return graph;
}

export function parseLenient(text: string): unknown {
  const stripped = text
    .trim()
    .replace(/^(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
    .replace(/(?:-->|(?:\/\/\s*)?\]\]>)$/, '')
    .trim();
  if (stripped === '') return undefined;
  try {
    return JSON.parse(stripped);
  } catch {
    // Control characters are invalid inside JSON strings but harmless as spaces; trailing commas are the
    // other common hand-edited mistake. Rewriting commas could touch string contents, hence only on retry.
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters are exactly what we replace.
      return JSON.parse(stripped.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** Entities the page declares at the top: a script's object or array, @graph members, mainEntity chains. */
function collectEntities(value: unknown, out: JsonNode[], depth: number): void {
  if (depth > MAX_DEPTH || out.length > 500) return;
  if (Array.isArray(value)) {
    for (const item of value) collectEntities(item, out, depth + 1);
    return;
  }
  if (!isJsonNode(value)) return;
  if (value['@type'] !== undefined) out.push(value);
  collectEntities(value['@graph'], out, depth + 1);
  for (const key of ['mainEntity', 'mainEntityOfPage']) {
    const nested = value[key];
    if (isJsonNode(nested) && nested['@type'] !== undefined) collectEntities(nested, out, depth + 1);
    else if (Array.isArray(nested))
      collectEntities(
        nested.filter((item) => isJsonNode(item)),
        out,
        depth + 1,
      );
  }
}

function indexIds(value: unknown, byId: Map<string, JsonNode>, depth: number, budget: { objects: number }): void {
  if (depth > MAX_DEPTH || budget.objects > MAX_OBJECTS) return;
  if (Array.isArray(value)) {
    for (const item of value) indexIds(item, byId, depth + 1, budget);
    return;
  }
  if (!isJsonNode(value)) return;
  budget.objects += 1;
  const id = value['@id'];
  if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) indexIds(child, byId, depth + 1, budget);
  }
}

/** Follows a bare {"@id": "…"} reference (Yoast-style graphs) to the full node when the graph has it. */
export function resolveRef(value: unknown, byId: Map<string, JsonNode>): unknown {
  if (!isJsonNode(value)) return value;
  const id = value['@id'];
  if (typeof id !== 'string') return value;
  const hasContent = Object.keys(value).some((key) => key !== '@id' && key !== '@type');
  return hasContent ? value : (byId.get(id) ?? value);
}
