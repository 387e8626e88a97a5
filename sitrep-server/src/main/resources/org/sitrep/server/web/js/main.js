// Sitrep's page: reads the filters from its address, asks the API for one view of the store (events, incidents,
// counts per week and type, points, the actor network) and draws it. When everything is drawn it marks the
// performance timeline with "sitrep-drawn" and sets data-state="ready" on the body (the browser test waits for it).
import { filtersOf, get, pageUrl, withParams } from './api.js';
import { showArticle } from './article.js';
import { setTypes, typeClass } from './colours.js';
import { counted, el, number } from './dom.js';
import { eventItem, incidentItem } from './lists.js';
import { drawMap } from './map.js';
import { drawNetwork } from './network.js';
import { drawTimeline } from './timeline.js';

const PAGE = 50;
const TIMELINE_TYPES = 8;

const $ = (id) => document.getElementById(id);
const filters = filtersOf(location.search);

function fillForm() {
  const form = $('filters');
  for (const [name, value] of filters) form.elements[name].value = value;
}

function options(list, counts) {
  list.replaceChildren(...counts.map((c) => el('option', { value: c.key, text: `${c.key} (${number(c.count)})` })));
}

/** A list that shows PAGE items at a time, the next page on "More". */
function pagedList(container, total, path, key, item) {
  let offset = 0;
  return {
    async next() {
      const page = await get(path, withParams(filters, { limit: PAGE, offset }));
      container.append(...page[key].map(item));
      offset += page[key].length;
      total.textContent = number(page.total);
      return offset < page.total;
    },
  };
}

/** Draws now, and again whenever the box changes size (the charts are drawn to the pixel size of their box). */
function redrawOnResize(box, draw) {
  draw();
  let size = `${box.clientWidth}x${box.clientHeight}`;
  new ResizeObserver(() => {
    const now = `${box.clientWidth}x${box.clientHeight}`;
    if (now !== size) {
      size = now;
      draw();
    }
  }).observe(box);
}

async function lists() {
  const events = pagedList($('events'), $('events-total'), '/api/events', 'events', eventItem);
  const incidents = pagedList($('incidents'), $('incidents-total'), '/api/incidents', 'incidents', incidentItem);
  const more = { events: await events.next(), incidents: await incidents.next() };
  if (!$('events').children.length) $('events').append(el('p', { class: 'empty', text: 'No event matches these filters.' }));
  if (!$('incidents').children.length) $('incidents').append(el('p', { class: 'empty', text: 'No incident holds a matching event.' }));
  let shown = 'events';
  const button = $('more');
  const update = () => { button.hidden = !more[shown]; };
  const select = (tab) => {
    shown = tab;
    $('events').hidden = tab !== 'events';
    $('incidents').hidden = tab !== 'incidents';
    $('tab-events').setAttribute('aria-selected', tab === 'events');
    $('tab-incidents').setAttribute('aria-selected', tab === 'incidents');
    update();
  };
  $('tab-events').addEventListener('click', () => select('events'));
  $('tab-incidents').addEventListener('click', () => select('incidents'));
  button.addEventListener('click', async () => {
    more[shown] = await (shown === 'events' ? events : incidents).next();
    update();
  });
  update();
}

async function map() {
  const rows = await get('/api/counts', withParams(filters, { by: 'point' }));
  // a click on a point narrows the view to the events placed there
  const [points, events] = await drawMap($('map'), rows, (point) => {
    location.href = pageUrl(withParams(filters, { near: `${point.lat},${point.lon},1` }));
  });
  $('map-note').textContent = `${counted(events, 'placed event')} at ${counted(points, 'point')}`;
}

async function timeline() {
  const cells = await get('/api/counts', withParams(filters, { by: 'week-type' }));
  const perType = new Map();
  for (const c of cells) perType.set(c.type, (perType.get(c.type) || 0) + c.count);
  const ranked = [...perType.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked.slice(0, TIMELINE_TYPES);
  const series = top.map(([type]) => ({ type, weeks: new Map() }));
  const other = { type: 'other types', weeks: new Map() };
  for (const c of cells) {
    const s = series.find((x) => x.type === c.type) || other;
    s.weeks.set(c.week, (s.weeks.get(c.week) || 0) + c.count);
  }
  if (other.weeks.size) series.push(other);
  // the legend first: it takes its room below the chart, and the chart fills what is left
  $('legend').replaceChildren(...top.map(([type, n]) => el('a', {
    class: 'key', href: pageUrl(withParams(filters, { type })), title: `Only ${type} events` },
  el('span', { class: `swatch ${typeClass(type)}` }), `${type} ${number(n)}`)));
  if (other.weeks.size) {
    const n = ranked.slice(TIMELINE_TYPES).reduce((sum, [, k]) => sum + k, 0);
    $('legend').append(el('span', { class: 'key' }, el('span', { class: `swatch ${typeClass('')}` }), `other types ${number(n)}`));
  }
  redrawOnResize($('timeline'), () => {
    $('timeline-title').textContent = `Events per ${drawTimeline($('timeline'), series)}, by type`;
  });
}

async function network() {
  const net = await get('/api/network', filters);
  let nodes = 0;
  redrawOnResize($('network'), () => {
    nodes = drawNetwork($('network'), net, (actor) => pageUrl(withParams(filters, { actor })));
  });
  $('network-note').textContent = nodes ? `${counted(nodes, 'actor')}, ${counted(Math.min(net.edges.length, 60), 'link')}` : '';
}

function articleFromHash() {
  const m = /^#article=(.+)$/.exec(location.hash);
  return m ? decodeURIComponent(m[1]) : null;
}

async function start() {
  fillForm();
  window.addEventListener('hashchange', () => showArticle($('article-view'), articleFromHash()));
  $('close-article').addEventListener('click', () => { history.pushState(null, '', location.pathname + location.search); showArticle($('article-view'), null); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('article-view').hidden) $('close-article').click(); });
  $('status').textContent = 'Loading…';
  try {
    const [types, countries] = await Promise.all([get('/api/counts?by=type'), get('/api/counts?by=country')]);
    setTypes(types.map((c) => c.key));
    options($('types'), types);
    options($('countries'), countries);
    await Promise.all([lists(), map(), timeline(), network()]);
    const narrowed = [...filters.keys()].length;
    $('status').textContent = narrowed
      ? `Filtered by ${[...filters].map(([k, v]) => `${k} = ${v}`).join(', ')}`
      : `All ${number(types.reduce((s, c) => s + c.count, 0))} events in the store`;
  } catch (e) {
    $('status').textContent = e.message;
    $('status').className = 'error';
  }
  performance.mark('sitrep-drawn');
  document.body.dataset.state = 'ready';
  if (articleFromHash()) await showArticle($('article-view'), articleFromHash());
}

start();
