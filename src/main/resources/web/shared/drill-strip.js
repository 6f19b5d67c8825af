// The drill strip every station of a drill game shows under the top bar (view `game.drill`,
// docs/drills.md "Drills on the server"): which drill and run; while it runs, that the clock is
// waiting for its start or running; once over, this run's figure against the crew's best and median,
// each station's own reaction, and the seconds to the next run.
import { h, setText } from './dom.js';
import { drillTime, figureLabel as label } from './debrief.js';

export function createDrillStrip() {
  const title = h('span.drill-title');
  const state = h('span.chip');
  const headline = h('span.drill-headline');
  const detail = h('span.drill-detail');
  const next = h('span.drill-next');
  const el = h('div.drill-strip', { hidden: true, 'aria-live': 'polite' }, title, state, headline, detail, next);
  let key = '';

  return {
    el,
    update(view) {
      const d = view?.game?.drill;
      el.hidden = !d;
      if (!d) return;
      const secondsToNext = d.nextRunTick ? Math.max(0, Math.ceil((d.nextRunTick - view.tick) / 60)) : null;
      const k = JSON.stringify([d.run, d.state, d.figures, secondsToNext, d.summary?.[d.headline]]);
      if (k === key) return;
      key = k;
      setText(title, `DRILL · ${d.title} · run ${d.run}`);
      const tone = { waiting: 'warn', running: 'hyper', done: 'good', timeout: 'bad' }[d.state] ?? '';
      state.dataset.tone = tone;
      setText(state, { waiting: 'WAITING FOR THE START', running: 'CLOCK RUNNING', done: 'DONE', timeout: 'TIME UP' }[d.state] ?? d.state);
      const best = d.summary?.[d.headline];
      const mine = d.figures?.[d.headline];
      setText(headline, mine !== undefined
        ? `${label(d.headline)} ${drillTime(mine)}${best ? ` · best ${drillTime(best.best)} · median ${drillTime(best.median)} (${best.runs} run${best.runs === 1 ? "" : "s"})` : ''}`
        : best ? `best ${drillTime(best.best)} · median ${drillTime(best.median)} (${best.runs} run${best.runs === 1 ? "" : "s"})` : '');
      headline.dataset.tone = mine !== undefined && best && mine <= best.best ? 'good' : '';
      const others = Object.entries(d.figures ?? {}).filter(([n]) => n !== d.headline);
      setText(detail, others.map(([n, ms]) => `${label(n)} ${drillTime(ms)}`).join(' · '));
      setText(next, secondsToNext !== null ? `next run in ${secondsToNext} s` : '');
    },
  };
}
