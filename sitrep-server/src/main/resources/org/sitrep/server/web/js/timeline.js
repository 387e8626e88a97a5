// The timeline: events per ISO week as stacked bars, one colour per type (the most frequent types of the view;
// the others stacked together as "other types").
import { typeClass } from './colours.js';
import { number, svg } from './dom.js';

const DAY = 86400000;

/** The Monday of ISO week "2024-W19". */
export function mondayOf(week) {
  const [year, w] = week.split('-W').map(Number);
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = new Date(jan4).getUTCDay() || 7;
  return new Date(jan4 - (weekday - 1) * DAY + (w - 1) * 7 * DAY);
}

function weekOf(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the week's Thursday says its year
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return `${d.getUTCFullYear()}-W${String(Math.ceil(((d - jan1) / DAY + 1) / 7)).padStart(2, '0')}`;
}

/** Every week from the first to the last (gaps shown as empty weeks), or the given weeks when that would be too many. */
function weeksBetween(weeks) {
  const sorted = [...weeks].sort();
  if (!sorted.length) return [];
  const first = mondayOf(sorted[0]);
  const last = mondayOf(sorted[sorted.length - 1]);
  if ((last - first) / DAY / 7 > 520) return sorted;
  const out = [];
  for (let t = first.getTime(); t <= last.getTime(); t += 7 * DAY) out.push(weekOf(new Date(t)));
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function label(week) {
  const d = mondayOf(week);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * Draws stacked bars into the container: series is [{type, weeks: Map(week → count)}], bottom first.
 * Returns the number of bars (one per type and week with events).
 */
export function drawTimeline(container, series) {
  const weeks = weeksBetween(new Set(series.flatMap((s) => [...s.weeks.keys()])));
  const width = Math.max(container.clientWidth, 200);
  const height = Math.max(container.clientHeight, 120);
  const pad = { left: 34, right: 8, top: 8, bottom: 22 };
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Events per week by type' });
  container.replaceChildren(chart);
  if (!weeks.length) {
    chart.append(svg('text', { x: width / 2, y: height / 2, class: 'empty', 'text-anchor': 'middle', text: 'No dated events' }));
    return 0;
  }
  const totals = weeks.map((w) => series.reduce((sum, s) => sum + (s.weeks.get(w) || 0), 0));
  const max = Math.max(...totals, 1);
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const step = plotW / weeks.length;
  const barW = Math.max(1, Math.min(40, step * 0.8));
  const y = (n) => pad.top + plotH - (n / max) * plotH;
  for (const tick of [0, Math.ceil(max / 2), max]) {
    chart.append(svg('line', { x1: pad.left, x2: width - pad.right, y1: y(tick), y2: y(tick), class: 'grid' }));
    chart.append(svg('text', { x: pad.left - 4, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis', text: number(tick) }));
  }
  let bars = 0;
  weeks.forEach((week, i) => {
    const x = pad.left + i * step + (step - barW) / 2;
    let below = 0;
    for (const s of series) {
      const n = s.weeks.get(week) || 0;
      if (!n) continue;
      const rect = svg('rect', { x, y: y(below + n), width: barW, height: y(below) - y(below + n), class: `bar ${typeClass(s.type)}`, 'data-week': week, 'data-type': s.type, 'data-count': n });
      rect.append(svg('title', { text: `week of ${label(week)} (${week}): ${n} ${s.type}` }));
      chart.append(rect);
      below += n;
      bars++;
    }
  });
  const every = Math.max(1, Math.ceil(weeks.length / Math.max(1, Math.floor(plotW / 90))));
  weeks.forEach((week, i) => {
    if (i % every === 0) {
      chart.append(svg('text', { x: pad.left + i * step + step / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis', text: label(week) }));
    }
  });
  return bars;
}
