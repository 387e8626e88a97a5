// The lists of events and incidents: each event with its evidence sentence, the trigger and the arguments marked,
// and links to the article (in this page) and to its source.
import { articleOf } from './api.js';
import { typeClass } from './colours.js';
import { counted, el, marked, webUrl } from './dom.js';

/** Where an event happened, as one line: "Maiduguri, Borno, NG". */
export function placeOf(e) {
  return [e.place, e.admin1 && e.admin1 !== e.place ? e.admin1 : null, e.country].filter(Boolean).join(', ');
}

export function articleLink(id, headline) {
  return el('a', { href: `#article=${encodeURIComponent(id)}`, class: 'article-link' }, headline || id);
}

function sourceLink(source) {
  const url = webUrl(source);
  if (!url) return source ? el('span', { class: 'source', text: source }) : null;
  return el('a', { href: url, class: 'source', target: '_blank', rel: 'noopener noreferrer' }, `${new URL(url).host} ↗`);
}

function typeBadge(type) {
  return el('span', { class: `badge ${typeClass(type)}`, text: type });
}

/** The evidence with its trigger and arguments marked (offsets are the article's; the evidence starts at evidence_start). */
export function evidence(e) {
  const spans = [{ start: e.trigger_start, end: e.trigger_end, cls: `trigger ${typeClass(e.type)}`, label: e.type }];
  for (const a of e.arguments) {
    spans.push({ start: a.start, end: a.end, cls: `arg role-${a.role}`, label: a.role, title: a.actor ? `${a.entity || a.text} (${a.actor})` : a.entity });
  }
  return el('p', { class: 'evidence' }, marked(e.evidence, e.evidence_start, spans));
}

function actors(e) {
  const names = (role) => [...new Set(e.arguments.filter((a) => a.role === role).map((a) => a.entity || a.text))];
  const agents = names('agent');
  const patients = names('patient');
  if (!agents.length && !patients.length) return null;
  return el('p', { class: 'actors' },
    el('span', { class: 'who', text: agents.join('; ') || '—' }), ' → ',
    el('span', { class: 'whom', text: patients.join('; ') || '—' }));
}

export function eventItem(e) {
  const when = e.time || e.published;
  return el('article', { class: 'event', 'data-key': e.key },
    el('div', { class: 'event-head' },
      typeBadge(e.type),
      when ? el('time', { text: when }) : null,
      placeOf(e) ? el('span', { class: 'place', text: placeOf(e) }) : null,
      el('span', { class: `modality m-${e.modality}`, text: e.modality })),
    evidence(e),
    actors(e),
    el('p', { class: 'from' }, articleLink(e.article_id, e.headline), ' ', sourceLink(e.source)));
}

export function incidentItem(i) {
  const days = i.first_day === i.last_day ? i.first_day : `${i.first_day} – ${i.last_day}`;
  const where = [i.place, i.country].filter(Boolean).join(', ');
  return el('article', { class: 'incident', 'data-id': i.id },
    el('div', { class: 'event-head' },
      typeBadge(i.type),
      days ? el('time', { text: days }) : null,
      where ? el('span', { class: 'place', text: where }) : null,
      el('span', { class: 'tally', text: `${counted(i.articles, 'article')} · ${counted(i.sources, 'source')}` })),
    el('ul', { class: 'members' }, ...i.members.map((m, k) => el('li', {},
      el('div', {}, typeBadge(m.type), ' ', articleLink(articleOf(m.event), m.headline), ' ', sourceLink(m.source)),
      // two events of one sentence (the bombing and the deaths it caused) show their sentence once
      k > 0 && i.members[k - 1].evidence === m.evidence ? null : el('p', { class: 'evidence', text: m.evidence }),
      m.matched_to ? el('p', { class: 'reasons', text: `matches ${m.matched_to} (${m.score.toFixed(2)}): ${m.reasons}` }) : null))));
}
