// Building the page from data that is not ours (article text, names, URLs): every string goes in as a text node
// or an attribute value, never as markup, so no article can add elements or run script.

const SVG = 'http://www.w3.org/2000/svg';

/** An element with properties (class, text, on<event>, attributes) and children (nodes or strings, as text). */
export function el(tag, props = {}, ...children) {
  return fill(document.createElement(tag), props, children);
}

/** An SVG element, the same way. */
export function svg(tag, props = {}, ...children) {
  return fill(document.createElementNS(SVG, tag), props, children);
}

function fill(e, props, children) {
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.setAttribute('class', v);
    else if (k === 'text') e.textContent = String(v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c !== null && c !== undefined && c !== false) e.append(c);
  }
  return e;
}

/** The URL when it is a web address (http or https), else null: a javascript: or data: URL is never a link. */
export function webUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * `text` (which starts at offset `base` of its article) with spans marked as displaCy marks
 * entities: each a {start, end, cls, label, title} in article offsets. Spans come in priority order; one that
 * overlaps a span already kept, or lies outside the text, is left out.
 */
export function marked(text, base, spans) {
  const kept = [];
  for (const s of spans) {
    const a = s.start - base;
    const b = s.end - base;
    if (a < 0 || b > text.length || a >= b || kept.some((k) => a < k.b && k.a < b)) continue;
    kept.push({ ...s, a, b });
  }
  kept.sort((x, y) => x.a - y.a);
  const out = document.createDocumentFragment();
  let at = 0;
  for (const k of kept) {
    if (k.a > at) out.append(text.slice(at, k.a));
    const mark = el('mark', { class: k.cls, title: k.title, id: k.id, 'data-start': k.start }, text.slice(k.a, k.b));
    if (k.label) mark.append(el('span', { class: 'label', text: k.label }));
    out.append(mark);
    at = k.b;
  }
  out.append(text.slice(at));
  return out;
}

/** A number with thousands separators. */
export function number(n) {
  return Number(n).toLocaleString('en');
}

/** "1 article", "3 articles". */
export function counted(n, noun) {
  return `${number(n)} ${noun}${n === 1 ? '' : 's'}`;
}
