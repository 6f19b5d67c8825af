// After-action review of finished runs (docs/after-action.md): without ?run= a list of every stored
// run; with ?run=ID the run's summary and figures, the crew's improvement curve, a replay viewer
// scrubbing the observer's view tick by tick, the timeline, hits and damage, and who was where.
import { h } from './shared/dom.js';
import { drillTime, figureLabel } from './shared/debrief.js';
import { improvementChart } from './afteraction-chart.js';
import { replayViewer } from './afteraction-replay.js';
import { timelinePanel, damagePanel, whereaboutsPanel } from './afteraction-timeline.js';

const root = document.getElementById('aa');
const picker = document.getElementById('aa-run-picker');
const exportLink = document.getElementById('aa-export');
const subtitle = document.getElementById('aa-subtitle');
const OUTCOMES = { victory: 'good', derelict: 'good', partial: 'warn', escaped: 'bad', defeat: 'bad' };

async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error ?? `${url}: HTTP ${res.status}`);
  return body;
}

const when = (ms) => new Date(ms).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
const title = (r) => (r.kind === 'drill' ? `${r.drillId} #${r.id.slice(1)}` : `${r.scenario} (${r.gameId})`);
const result = (r) => r.outcome ?? (r.kind === 'drill' ? (r.completed ? 'completed' : 'not completed') : 'stopped');

function fail(message) { root.replaceChildren(h('div.aa-error', message)); }

function runList(runs) {
  root.className = 'aa-list';
  subtitle.textContent = `${runs.length} finished run${runs.length === 1 ? '' : 's'}`;
  if (!runs.length) { root.replaceChildren(h('div.aa-error', 'No finished runs yet: play a game on a server started with --data DIR, or run "drill … --data DIR".')); return; }
  root.replaceChildren(h('section.panel', h('h2.panel-title', 'Finished runs, newest first'), h('table.aa-table#aa-runs',
    h('thead', h('tr', ...['Run', 'What', 'Crew', 'Result', 'Sim time', 'Headline figure', 'Ended'].map((c) => h('th', c)))),
    h('tbody', ...runs.map((r) => {
      const [figure, ms] = Object.entries(r.figures)[0] ?? [];
      return h('tr', { dataset: { run: r.id } }, h('td', h('a', { href: r.page }, r.id)), h('td', title(r)), h('td', r.crew), h('td', result(r)),
        h('td', drillTime(r.simulatedMs)), h('td', figure ? `${figureLabel(figure)} ${drillTime(ms)}` : '—'), h('td', when(r.endedAtMs)));
    })))));
}

function summaryPanel(run) {
  const fact = (k, v) => [h('dt', k), h('dd', { title: String(v) }, String(v))];
  const figures = Object.entries(run.figures);
  return h('section.panel#aa-summary',
    h('div.aa-outcome', { dataset: { tone: OUTCOMES[run.outcome] ?? (run.completed ? 'good' : 'warn') } }, result(run).toUpperCase()),
    h('dl.aa-facts', ...fact('Run', run.id), ...fact(run.kind === 'drill' ? 'Drill' : 'Game', run.kind === 'drill' ? run.drillId : run.gameId),
      ...fact('Scenario', run.scenario), ...fact('Seed', run.seed), ...fact('Crew', run.crew), ...fact('Simulated', drillTime(run.simulatedMs)),
      ...fact('Ended', when(run.endedAtMs))),
    h('h2.panel-title', 'Figures'),
    figures.length ? figures.map(([k, ms]) => h('div.aa-figure', h('span', { title: k }, figureLabel(k)), h('b', drillTime(ms)))) : h('div.hint', 'No figures measured.'));
}

/** The crew's curve: a drill's stored results, or (for a mission) the crew's mission runs. */
async function chartPanel(run, runs) {
  let series;
  if (run.kind === 'drill') {
    const results = await getJson(`/api/drills/${encodeURIComponent(run.drillId)}/results?crew=${encodeURIComponent(run.crew)}`);
    series = results.runs.map((r) => ({ runId: r.runId, figures: r.figures }));
  } else {
    series = runs.filter((r) => r.kind === 'mission' && r.crew === run.crew).reverse().map((r) => ({ runId: r.id, figures: r.figures }));
  }
  const names = [...new Set(series.flatMap((s) => Object.keys(s.figures)))];
  const holder = h('div#aa-chart');
  const select = h('select.text-input', { 'aria-label': 'Figure to chart', onchange: () => draw(select.value) }, ...names.map((n) => h('option', { value: n }, figureLabel(n))));
  function draw(name) {
    const points = series.filter((s) => s.figures[name] !== undefined).map((s) => ({ runId: s.runId, ms: s.figures[name] }));
    holder.replaceChildren(improvementChart(points, run.id));
  }
  draw(names[0]);
  return h('section.panel', h('h2.panel-title', `Improvement — ${run.crew}, ${run.kind === 'drill' ? run.drillId : 'missions'}`),
    names.length ? select : null, holder,
    h('div.aa-legend', h('span', h('span.dot', { style: { background: 'var(--accent)' } }), 'run'),
      h('span', h('span.dot', { style: { background: 'var(--good)' } }), 'personal best then'),
      h('span', h('span.dot', { style: { border: '3px solid var(--warn)' } }), 'this run')));
}

async function review(run, runs) {
  root.className = '';
  subtitle.textContent = `${title(run)} · ${run.crew}`;
  exportLink.href = run.journal;
  exportLink.hidden = false;
  exportLink.setAttribute('download', `starbridge-${run.id}-${run.scenario}-${run.seed}.jsonl`);
  const left = h('div.aa-col.aa-side', summaryPanel(run), h('div.hint', 'Loading the curve…'));
  const centre = h('div.aa-col');
  const right = h('div.aa-col.aa-side', h('div.hint', 'Re-simulating the run for its timeline…'));
  root.replaceChildren(left, centre, right);
  let timeline = null;
  const replay = replayViewer(run, { onTick: (tick) => timeline?.at(tick) });
  centre.append(replay.el);
  replay.seek(0);
  chartPanel(run, runs).then((panel) => left.lastChild.replaceWith(panel)).catch((e) => left.lastChild.replaceWith(h('div.aa-error', e.message)));
  try {
    const t = await getJson(`/api/runs/${encodeURIComponent(run.id)}/timeline`);
    timeline = timelinePanel(t, (tick) => replay.seek(tick));
    right.replaceChildren(timeline.el, damagePanel(t), whereaboutsPanel(t));
  } catch (e) {
    right.replaceChildren(h('div.aa-error', e.message));
  }
}

async function main() {
  let runs;
  try { runs = await getJson('/api/runs'); } catch (e) {
    fail(`${e.message} — this server keeps no runs unless it was started with --data DIR.`);
    return;
  }
  const wanted = new URLSearchParams(location.search).get('run');
  picker.replaceChildren(h('option', { value: '' }, 'All finished runs'),
    ...runs.map((r) => h('option', { value: r.id, selected: r.id === wanted }, `${r.id} · ${title(r)} · ${result(r)}`)));
  picker.addEventListener('change', () => { location.search = picker.value ? `?run=${encodeURIComponent(picker.value)}` : ''; });
  if (!wanted) { runList(runs); return; }
  const run = runs.find((r) => r.id === wanted);
  if (!run) {
    try { await review(await getJson(`/api/runs/${encodeURIComponent(wanted)}`), runs); } catch (e) { fail(e.message); }
    return;
  }
  review(run, runs);
}

main();
