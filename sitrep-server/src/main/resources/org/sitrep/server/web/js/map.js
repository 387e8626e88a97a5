// The map of events, offline: Leaflet with Natural Earth's countries (npm world-atlas) as the only basemap and
// one circle per point, its area growing with the number of events there, coloured by the most frequent type.
/* global L, topojson */
import { typeClass } from './colours.js';
import { counted, el } from './dom.js';

let atlas = null;

async function countries() {
  if (!atlas) {
    const topology = await (await fetch('vendor/countries-50m.json')).json();
    atlas = topojson.feature(topology, topology.objects.countries);
  }
  return atlas;
}

/** The API's rows (one per point and type) as points, each with its types, the most frequent first. */
function byPoint(rows) {
  const points = new Map();
  for (const r of rows) {
    const key = `${r.lat},${r.lon}`;
    if (!points.has(key)) points.set(key, { lat: r.lat, lon: r.lon, place: r.place, country: r.country, types: [], events: 0 });
    const p = points.get(key);
    p.types.push([r.type, r.count]);
    p.events += r.count;
  }
  for (const p of points.values()) p.types.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [...points.values()];
}

function tooltip(point) {
  return el('div', { class: 'map-tip' },
    el('strong', { text: [point.place, point.country].filter(Boolean).join(', ') || `${point.lat}, ${point.lon}` }),
    el('div', { text: counted(point.events, 'event') }),
    el('div', { text: point.types.map(([t, n]) => `${t} ${n}`).join(' · ') }),
    el('div', { class: 'note', text: 'click: only the events here' }));
}

/** Draws the points (rows of /api/counts?by=point) on the map in this container; returns [points, events]. */
export async function drawMap(container, rows, onPoint) {
  const map = L.map(container, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 1, maxZoom: 12 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Countries: Natural Earth');
  L.geoJSON(await countries(), { interactive: false, style: () => ({ className: 'country' }) }).addTo(map);
  const points = byPoint(rows);
  const layer = L.featureGroup();
  const most = Math.max(1, ...points.map((p) => p.events));
  for (const p of points) {
    // the area grows with the events, relative to the busiest point of the view
    L.circleMarker([p.lat, p.lon], { radius: 4 + 20 * Math.sqrt(p.events / most), className: `marker ${typeClass(p.types[0][0])}` })
      .bindTooltip(tooltip(p))
      .on('click', () => onPoint(p))
      .addTo(layer);
  }
  layer.addTo(map);
  if (points.length) {
    map.fitBounds(layer.getBounds().pad(0.15), { maxZoom: 5 });
  } else {
    map.setView([20, 10], 1.5);
  }
  return [points.length, points.reduce((sum, p) => sum + p.events, 0)];
}
