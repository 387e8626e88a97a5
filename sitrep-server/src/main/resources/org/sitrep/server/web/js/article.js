// One article as brat or displaCy show a document: its text with entity mentions, times and event triggers marked
// as coloured spans with their labels, and its events listed below it.
import { get } from './api.js';
import { typeClass } from './colours.js';
import { el, marked, webUrl } from './dom.js';

const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'GPE', 'LOCATION', 'NORP', 'FACILITY', 'MISC'];

function spansOf(record) {
  const spans = [];
  // triggers first: where a trigger lies inside an entity mention ("the bombing suspect"), the event shows
  record.events.forEach((e) => {
    spans.push({ start: e.trigger.start, end: e.trigger.end, cls: `trigger ${typeClass(e.type)}`, label: e.type,
      title: `${e.id} ${e.type} (${e.modality})`, id: `trigger-${e.id}` });
    for (const m of e.mentions || []) {
      spans.push({ start: m.start, end: m.end, cls: `trigger ${typeClass(e.type)}`, label: e.type, title: `${e.id} ${e.type}` });
    }
  });
  for (const entity of record.entities) {
    for (const m of entity.mentions) {
      spans.push({ start: m.start, end: m.end, cls: `ent ent-${entity.type}`, label: entity.type,
        title: `${entity.id} ${entity.name} (${m.kind})` });
    }
  }
  for (const t of record.times || []) {
    spans.push({ start: t.start, end: t.end, cls: 'ent ent-TIME', label: t.type, title: t.value || '' });
  }
  return spans;
}

function legend(record) {
  const present = new Set(record.entities.map((e) => e.type));
  const items = ENTITY_TYPES.filter((t) => present.has(t)).map((t) => el('mark', { class: `key ent ent-${t}`, text: t }));
  if ((record.times || []).length) items.push(el('mark', { class: 'key ent ent-TIME', text: 'TIME' }));
  for (const type of [...new Set(record.events.map((e) => e.type))]) {
    items.push(el('mark', { class: `key trigger ${typeClass(type)}`, text: type }));
  }
  return items;
}

function eventLine(e) {
  const args = e.arguments.map((a) => `${a.role}: ${a.text}`).join(' · ');
  const place = e.place ? [e.place.name, e.place.country].filter(Boolean).join(', ') : null;
  return el('li', {},
    el('a', { href: `#trigger-${e.id}`, class: `badge ${typeClass(e.type)}`, text: e.type }),
    ' ', el('strong', { text: e.trigger.text }),
    e.time && e.time.value ? el('span', { class: 'meta', text: ` ${e.time.value}` }) : null,
    place ? el('span', { class: 'meta', text: ` · ${place}` }) : null,
    el('span', { class: 'meta', text: ` · ${e.modality}` }),
    args ? el('div', { class: 'args', text: args }) : null);
}

/** Shows the article with this id in the view, or hides the view when id is null. */
export async function showArticle(view, id) {
  if (id === null) {
    view.hidden = true;
    return;
  }
  const text = view.querySelector('#article-text');
  view.querySelector('#article-headline').textContent = 'Loading…';
  text.replaceChildren();
  view.hidden = false;
  let record;
  try {
    record = await get(`/api/articles/${encodeURIComponent(id)}`);
  } catch (e) {
    view.querySelector('#article-headline').textContent = e.message;
    return;
  }
  view.querySelector('#article-headline').textContent = record.headline || record.id;
  const url = webUrl(record.source);
  view.querySelector('#article-meta').replaceChildren(
    [record.published, record.dateline, `${record.events.length} events`, `${record.entities.length} entities`]
      .filter(Boolean).join(' · '),
    ' ',
    url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: `${new URL(url).host} ↗` }) : record.source || '');
  view.querySelector('#article-legend').replaceChildren(...legend(record));
  text.replaceChildren(marked(record.text, 0, spansOf(record)));
  view.querySelector('#article-events').replaceChildren(...record.events.map(eventLine));
  view.querySelector('article').scrollTop = 0;
}
