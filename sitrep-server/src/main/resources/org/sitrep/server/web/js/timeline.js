// The timeline: events per ISO week as stacked bars, one colour per type (the most frequent types of the view;
// the others stacked together as "other types"). When the weeks from the first to the last would make bars
// thinner than a few pixels, the bars are months, or years (a week counts in the month of its Monday).
import { typeClass } from './colours.js';
import { number, svg } from './dom.js';

const DAY = 86400000;
const MIN_BAR_PX = 6;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The Monday of ISO week "2024-W19". */
export function mondayOf(week) {
  const [year, w] = week.split('-W').map(Number);
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = new Date(jan4).getUTCDay() || 7;
  return new Date(jan4 - (weekday - 1) * DAY + (w - 1) * 7 * DAY);
}

function isoWeek(date) {
  const d = new Date(date.getTime());
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the week's Thursday says its year
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return `${d.getUTCFullYear()}-W${String(Math.ceil(((d - jan1) / DAY + 1) / 7)).padStart(2, '0')}`;
}

/** The periods a timeline can have bars for: each turns a Monday into its key, steps on, and labels a key. */
const UNITS = [
  { name: 'week', key: (d) => isoWeek(d), next: (d) => new Date(d.getTime() + 7 * DAY),
    label: (k) => { const d = mondayOf(k); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; } },
  { name: 'month', key: (d) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
    next: (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)),
    label: (k) => `${MONTHS[Number(k.slice(5)) - 1]} ${k.slice(0, 4)}` },
  { name: 'year', key: (d) => String(d.getUTCFullYear()), next: (d) => new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1)),
    label: (k) => k },
];

/** Every period from the first week's to the last week's, in order. */
function periods(unit, first, last) {
  const out = [];
  const end = unit.key(last);
  for (let d = first; ; d = unit.next(d)) {
    const k = unit.key(d);
    if (out[out.length - 1] !== k) out.push(k);
    if (k === end || out.length > 5000) return out;
  }
}

/**
 * Draws stacked bars into the container: series is [{type, weeks: Map(week → count)}], bottom first.
 * Returns the unit of the bars ("week", "month" or "year").
 */
export function drawTimeline(container, series) {
  const width = Math.max(container.clientWidth, 200);
  const height = Math.max(container.clientHeight, 120);
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Events over time by type' });
  container.replaceChildren(chart);
  const weeks = [...new Set(series.flatMap((s) => [...s.weeks.keys()]))].sort();
  // room for the y axis' labels: no bar is higher than all the events together
  const all = series.reduce((sum, s) => sum + [...s.weeks.values()].reduce((a, b) => a + b, 0), 0);
  const pad = { left: 10 + 6 * number(all).length, right: 8, top: 8, bottom: 22 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  if (!weeks.length) {
    chart.append(svg('text', { x: width / 2, y: height / 2, class: 'empty', 'text-anchor': 'middle', text: 'No dated events' }));
    return 'week';
  }
  const first = mondayOf(weeks[0]);
  const last = mondayOf(weeks[weeks.length - 1]);
  const unit = UNITS.find((u) => periods(u, first, last).length * MIN_BAR_PX <= plotW) || UNITS[UNITS.length - 1];
  const keys = periods(unit, first, last);
  const bySeries = series.map((s) => {
    const counts = new Map();
    for (const [week, n] of s.weeks) {
      const k = unit.key(mondayOf(week));
      counts.set(k, (counts.get(k) || 0) + n);
    }
    return { type: s.type, counts };
  });
  const max = Math.max(1, ...keys.map((k) => bySeries.reduce((sum, s) => sum + (s.counts.get(k) || 0), 0)));
  const step = plotW / keys.length;
  const barW = Math.max(1, Math.min(40, step * 0.8));
  const y = (n) => pad.top + plotH - (n / max) * plotH;
  for (const tick of [...new Set([0, Math.ceil(max / 2), max])]) {
    chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), class: 'grid' }));
    chart.append(svg('text', { x: pad.left - 4, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis', text: number(tick) }));
  }
  keys.forEach((k, i) => {
    const x = pad.left + i * step + (step - barW) / 2;
    let below = 0;
    for (const s of bySeries) {
      const n = s.counts.get(k) || 0;
      if (!n) continue;
      const rect = svg('rect', { x, y: y(below + n), width: barW, height: y(below) - y(below + n), class: `bar ${typeClass(s.type)}`,
        'data-period': k, 'data-type': s.type, 'data-count': n });
      rect.append(svg('title', { text: `${unit.name === 'week' ? 'week of ' : ''}${unit.label(k)}: ${number(n)} ${s.type}` }));
      chart.append(rect);
      below += n;
    }
  });
  const every = Math.max(1, Math.ceil(keys.length / Math.max(1, Math.floor(plotW / 90))));
  keys.forEach((k, i) => {
    if (i % every === 0) {
      chart.append(svg('text', { x: pad.left + i * step + step / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis', text: unit.label(k) }));
    }
  });
  return unit.name;
}
