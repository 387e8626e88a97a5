// The map of events, offline: Leaflet with Natural Earth's countries (npm world-atlas) as the only basemap and
// one circle per place, its area growing with the number of events there, coloured by the most frequent type.
/* global L, topojson */
import { typeClass } from './colours.js';
import { counted, el } from './dom.js';
import { placeOf } from './lists.js';

let atlas = null;

async function countries() {
  if (!atlas) {
    const topology = await (await fetch('vendor/countries-50m.json')).json();
    atlas = topojson.feature(topology, topology.objects.countries);
  }
  return atlas;
}

/** Events that share a point, the point first. */
function byPoint(events) {
  const groups = new Map();
  for (const e of events) {
    if (e.lat === null || e.lon === null) continue;
    const key = `${e.lat.toFixed(3)},${e.lon.toFixed(3)}`;
    if (!groups.has(key)) groups.set(key, { lat: e.lat, lon: e.lon, events: [] });
    groups.get(key).events.push(e);
  }
  return [...groups.values()];
}

function mostFrequent(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function tooltip(group) {
  const types = mostFrequent(group.events.map((e) => e.type));
  return el('div', { class: 'map-tip' },
    el('strong', { text: placeOf(group.events[0]) || `${group.lat}, ${group.lon}` }),
    el('div', { text: counted(group.events.length, 'event') }),
    el('div', { text: types.map(([t, n]) => `${t} ${n}`).join(' · ') }),
    el('div', { class: 'note', text: 'click: only the events here' }));
}

/** Draws the events on the map in this container, and returns the number of points drawn. */
export async function drawMap(container, events, onPoint) {
  const map = L.map(container, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 1, maxZoom: 12 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Countries: Natural Earth');
  L.geoJSON(await countries(), { interactive: false, style: () => ({ className: 'country' }) }).addTo(map);
  const groups = byPoint(events);
  const layer = L.featureGroup();
  for (const g of groups) {
    const type = mostFrequent(g.events.map((e) => e.type))[0][0];
    L.circleMarker([g.lat, g.lon], { radius: 5 + 3 * Math.sqrt(g.events.length), className: `marker ${typeClass(type)}` })
      .bindTooltip(tooltip(g))
      .on('click', () => onPoint(g))
      .addTo(layer);
  }
  layer.addTo(map);
  if (groups.length) {
    map.fitBounds(layer.getBounds().pad(0.15), { maxZoom: 5 });
  } else {
    map.setView([20, 10], 1.5);
  }
  return groups.length;
}
