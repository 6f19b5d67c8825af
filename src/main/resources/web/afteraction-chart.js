// The improvement curve: one figure of a crew's runs, oldest first, drawn as SVG by the page. Each
// point that beat every earlier run is a personal best (green ring); the dashed line is the best of
// all, labelled. Figures are times, so lower is better and the curve should fall.
import { drillTime } from './shared/debrief.js';

const NS = 'http://www.w3.org/2000/svg';
const W = 320, H = 210, LEFT = 58, RIGHT = 12, TOP = 16, BOTTOM = 30;

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * points: [{runId, ms}] oldest first; currentRunId is ringed. Returns the <svg> (class aa-chart), or a
 * hint when there is nothing to draw.
 */
export function improvementChart(points, currentRunId) {
  const root = svg('svg', { class: 'aa-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Improvement curve' });
  if (!points.length) {
    root.append(svg('text', { class: 'label', x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'No completed runs with this figure yet'));
    return root;
  }
  const values = points.map((p) => p.ms);
  let lo = Math.min(...values), hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.12, hi * 0.05, 1);
  lo = Math.max(0, lo - pad); hi += pad;
  const x = (i) => LEFT + (points.length === 1 ? (W - LEFT - RIGHT) / 2 : (i * (W - LEFT - RIGHT)) / (points.length - 1));
  const y = (ms) => TOP + ((hi - ms) * (H - TOP - BOTTOM)) / (hi - lo);

  for (let k = 0; k <= 3; k++) {
    const ms = lo + ((hi - lo) * k) / 3;
    root.append(svg('line', { class: 'grid', x1: LEFT, x2: W - RIGHT, y1: y(ms), y2: y(ms) }));
    root.append(svg('text', { class: 'label', x: LEFT - 6, y: y(ms) + 4, 'text-anchor': 'end' }, drillTime(Math.round(ms))));
  }
  root.append(svg('line', { class: 'axis', x1: LEFT, x2: LEFT, y1: TOP, y2: H - BOTTOM }));
  root.append(svg('line', { class: 'axis', x1: LEFT, x2: W - RIGHT, y1: H - BOTTOM, y2: H - BOTTOM }));
  const labelEvery = Math.ceil(points.length / 8);
  points.forEach((p, i) => {
    if (i % labelEvery === 0 || i === points.length - 1)
      root.append(svg('text', { class: 'label', x: x(i), y: H - BOTTOM + 17, 'text-anchor': 'middle' }, String(i + 1)));
  });
  root.append(svg('text', { class: 'label', x: W - RIGHT, y: H - 2, 'text-anchor': 'end' }, 'run'));

  const best = Math.min(...values);
  root.append(svg('line', { class: 'best-line', x1: LEFT, x2: W - RIGHT, y1: y(best), y2: y(best) }));
  root.append(svg('text', { class: 'pb-label', x: W - RIGHT, y: y(best) - 6, 'text-anchor': 'end' }, `PB ${drillTime(best)}`));
  if (points.length > 1)
    root.append(svg('path', { class: 'curve', d: points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.ms).toFixed(1)}`).join(' ') }));
  let bestSoFar = Infinity;
  points.forEach((p, i) => {
    const pb = p.ms < bestSoFar;
    bestSoFar = Math.min(bestSoFar, p.ms);
    const classes = ['chart-point', pb ? 'chart-pb' : '', p.runId === currentRunId ? 'current' : ''].filter(Boolean).join(' ');
    const dot = svg('circle', { class: classes, cx: x(i), cy: y(p.ms), r: pb ? 6.5 : 5, 'data-run': p.runId });
    dot.append(svg('title', {}, `run ${i + 1} (${p.runId}): ${drillTime(p.ms)}${pb ? ' — personal best' : ''}`));
    root.append(dot);
  });
  return root;
}
