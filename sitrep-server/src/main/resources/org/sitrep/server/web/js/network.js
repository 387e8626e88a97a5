// The actor network: who acted on whom and how often, laid out once with d3-force (run to rest before drawing,
// so the picture does not move), an arrow per agent → patient pair, its width the number of events.
/* global d3 */
import { counted, svg } from './dom.js';

const MAX_EDGES = 60;

/** Draws the network into the container; a node links to the view filtered by that actor. Returns the node count. */
export function drawNetwork(container, network, linkOf) {
  const width = Math.max(container.clientWidth, 200);
  const height = Math.max(container.clientHeight, 150);
  const edges = network.edges.slice(0, MAX_EDGES).map((e) => ({ ...e, source: e.agent, target: e.patient }));
  const names = new Set(edges.flatMap((e) => [e.agent, e.patient]));
  const weight = new Map(network.nodes.map((n) => [n.id, n.events]));
  const nodes = [...names].map((id) => ({ id, events: weight.get(id) || 1 }));
  // the area grows with the events, relative to the busiest actor of the view
  const most = Math.max(1, ...nodes.map((n) => n.events));
  const radius = (n) => 4 + 10 * Math.sqrt(n.events / most);
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Actor network' });
  container.replaceChildren(chart);
  if (!nodes.length) {
    chart.append(svg('text', { x: width / 2, y: height / 2, class: 'empty', 'text-anchor': 'middle', text: 'No events with both an agent and a patient' }));
    return 0;
  }
  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(edges).id((n) => n.id).distance(45))
    .force('charge', d3.forceManyBody().strength(-160))
    .force('collide', d3.forceCollide((n) => radius(n) + 10))
    // the box is wide and low: pull harder vertically
    .force('x', d3.forceX(0).strength(0.03))
    .force('y', d3.forceY(0).strength(0.12))
    .stop();
  simulation.tick(300);
  // fit the layout into the box, leaving room for labels
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = { x: 60, y: 26 };
  // each axis scaled to fill the box (a force layout has no meaningful aspect ratio), at most doubled
  const sx = Math.min((width - 2 * margin.x) / Math.max(x1 - x0, 1), 2);
  const sy = Math.min((height - 2 * margin.y) / Math.max(y1 - y0, 1), 2);
  const px = (n) => width / 2 + (n.x - (x0 + x1) / 2) * sx;
  const py = (n) => height / 2 + (n.y - (y0 + y1) / 2) * sy;

  chart.append(svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
    svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }))));
  const mostEdge = Math.max(1, ...edges.map((e) => e.events));
  for (const e of edges) {
    const dx = px(e.target) - px(e.source);
    const dy = py(e.target) - py(e.source);
    const length = Math.hypot(dx, dy) || 1;
    const end = radius(e.target) + 2;
    const line = svg('line', {
      x1: px(e.source), y1: py(e.source),
      x2: px(e.target) - (dx / length) * end, y2: py(e.target) - (dy / length) * end,
      class: 'edge', 'stroke-width': 1 + 4 * Math.sqrt(e.events / mostEdge), 'marker-end': 'url(#arrow)',
    });
    line.append(svg('title', { text: `${e.agent} → ${e.patient}: ${counted(e.events, 'event')} (${e.types})` }));
    chart.append(line);
  }
  // labels of the busiest actors first; a label that would cover a node or a label already placed is left to
  // the tooltip
  const placed = nodes.map((n) => ({ x0: px(n) - radius(n), x1: px(n) + radius(n), y0: py(n) - radius(n), y1: py(n) + radius(n) }));
  const overlaps = (box) => placed.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1);
  for (const n of [...nodes].sort((a, b) => b.events - a.events)) {
    const text = n.id.length > 28 ? `${n.id.slice(0, 27)}…` : n.id;
    const half = text.length * 3;
    // above the node, else below it
    const candidates = [
      { y: py(n) - radius(n) - 3, box: { x0: px(n) - half, x1: px(n) + half, y0: py(n) - radius(n) - 14, y1: py(n) - radius(n) } },
      { y: py(n) + radius(n) + 11, box: { x0: px(n) - half, x1: px(n) + half, y0: py(n) + radius(n), y1: py(n) + radius(n) + 14 } },
    ];
    const free = candidates.find((c) => !overlaps(c.box));
    if (free) {
      n.label = { text, y: free.y };
      placed.push(free.box);
    }
  }
  for (const n of nodes) {
    const link = svg('a', { href: linkOf(n.id), class: 'node' });
    link.append(svg('circle', { cx: px(n), cy: py(n), r: radius(n) }));
    if (n.label) link.append(svg('text', { x: px(n), y: n.label.y, 'text-anchor': 'middle', text: n.label.text }));
    link.append(svg('title', { text: `${n.id}: ${counted(n.events, 'event')} as agent or patient (click to filter)` }));
    chart.append(link);
  }
  return nodes.length;
}
