/**
 * `document.body` / `document.head` without side effects. linkedom's getters *create* a missing <body> or
 * <head>, which would mutate the page we promise to leave alone, so we look them up instead.
 */
export function bodyOf(doc: Document): Element | null {
  const html = doc.documentElement;
  if (!html) return null;
  for (let el = html.firstElementChild; el; el = el.nextElementSibling) if (el.localName === 'body') return el;
  return html;
}

export function headOf(doc: Document): Element | null {
  const html = doc.documentElement;
  if (!html) return null;
  for (let el = html.firstElementChild; el; el = el.nextElementSibling) if (el.localName === 'head') return el;
  return null;
}
