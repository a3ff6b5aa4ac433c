/**
 * Where a JSON text stops being valid (RFC 8259), found without recursion so deep nesting cannot overflow the
 * stack. Only used after JSON.parse failed, to give the same "position N" in every browser.
 */
type State = 'value' | 'afterValue' | 'keyOrEnd' | 'key' | 'colon' | 'valueOrEnd';

export function findJsonSyntaxError(text: string): number {
  const n = text.length;
  const stack: number[] = []; // char codes of the open brackets
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    switch (state) {
      case 'value': {
        if (c === 0x7b || c === 0x5b) {
          stack.push(c);
          i++;
          state = c === 0x7b ? 'keyOrEnd' : 'valueOrEnd';
          break;
        }
        const end = c === 0x22 ? scanString(text, i) : c === 0x2d || isDigit(c) ? scanNumber(text, i) : scanLiteral(text, i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'afterValue';
        break;
      }
      case 'keyOrEnd':
      case 'valueOrEnd':
        if (c === (state === 'keyOrEnd' ? 0x7d : 0x5d)) {
          stack.pop();
          i++;
          state = 'afterValue';
        } else {
          state = state === 'keyOrEnd' ? 'key' : 'value';
        }
        break;
      case 'key': {
        if (c !== 0x22) return i;
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'colon';
        break;
      }
      case 'colon':
        if (c !== 0x3a) return i;
        i++;
        state = 'value';
        break;
      case 'afterValue': {
        const open = stack[stack.length - 1];
        if (open === undefined) return i; // text after the top-level value
        if (c === 0x2c) {
          i++;
          state = open === 0x7b ? 'key' : 'value';
        } else if (c === open + 2) {
          // '{' + 2 === '}' and '[' + 2 === ']'
          stack.pop();
          i++;
        } else {
          return i;
        }
        break;
      }
    }
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Index after the closing quote, or -(error position + 1). */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c !== 0x5c) continue;
    const next = text.charCodeAt(i + 1);
    if (next === 0x75) {
      for (let k = i + 2; k < i + 6; k++) if (!isHex(text.charCodeAt(k))) return -Math.min(k, text.length) - 1;
      i += 5;
    } else if ('"\\/bfnrt'.includes(text[i + 1] ?? '')) {
      i++;
    } else {
      return -Math.min(i + 1, text.length) - 1;
    }
  }
  return -text.length - 1;
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return -i - 1;
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
    i++;
    if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

function scanLiteral(text: string, start: number): number {
  for (const word of ['true', 'false', 'null']) {
    if (text[start] !== word[0]) continue;
    for (let k = 1; k < word.length; k++) if (text[start + k] !== word[k]) return -Math.min(start + k, text.length) - 1;
    return start + word.length;
  }
  return -start - 1;
}
