// The replay viewer: a tick slider; each position asks the server for the observer's view of the run
// at that tick (re-simulated from the journal, docs/after-action.md) and draws it on the stations'
// radar. One request at a time: while one is out, only the latest slider position waits.
import { h, setText } from './shared/dom.js';
import { Radar, sceneFromView } from './shared/radar.js';
import { deg, pct } from './shared/format.js';
import { drillTime } from './shared/debrief.js';

/** Play speed: ticks advanced per 100 ms frame (30 = 5× real time). */
const PLAY_TICKS = 30;

export function replayViewer(run, { onTick } = {}) {
  const canvas = h('canvas.radar#aa-radar');
  const radar = new Radar(canvas, { range: 8000 });
  const slider = h('input.slider#aa-slider', { type: 'range', min: 0, max: run.ticks, step: 1, value: 0, 'aria-label': 'Tick' });
  const clock = h('span.aa-clock#aa-view-tick', { dataset: { tick: '' } }, '…');
  const play = h('button.btn#aa-play', { type: 'button' }, 'PLAY');
  const values = {};
  const readout = (key, label) => { values[key] = h('span.readout-value', '—'); return h('div.readout', h('span.readout-label', label), values[key]); };
  const readouts = h('div.aa-readouts', readout('hull', 'Hull'), readout('shields', 'Shields F/R'), readout('speed', 'Speed'),
    readout('heading', 'Heading'), readout('cloak', 'Cloak'));
  const el = h('section.panel.aa-replay', h('div.aa-replay-head', h('h2.panel-title', { title: 'Re-simulated on the server from the journal' }, 'Replay · observer view'), clock),
    canvas, h('div.aa-scrub', play, slider), readouts);

  let busy = false, wanted = 0, view = null, timer = null;
  async function show(tick) {
    wanted = tick;
    if (busy) return;
    busy = true;
    try {
      while (true) {
        const asked = wanted;
        const res = await fetch(`/api/runs/${encodeURIComponent(run.id)}/view?tick=${asked}`);
        const body = await res.json();
        if (!res.ok) { setText(clock, body.error ?? `error ${res.status}`); break; }
        view = body.view;
        draw(asked);
        if (wanted === asked) break;
      }
    } catch (e) {
      setText(clock, `server unreachable: ${e.message}`);
    } finally {
      busy = false;
    }
  }

  function draw(tick) {
    const ship = view?.ship ?? {};
    const contacts = Object.values(view?.contacts ?? {}).filter((c) => !c.lost);
    const far = Math.max(0, ...contacts.map((c) => Math.hypot(c.x - ship.x, c.y - ship.y)));
    radar.range = Math.min(150_000, Math.max(3000, far * 1.25)); // fit everything the ship knows of
    radar.draw(sceneFromView(view, { labels: true, targetHeading: view?.helm?.targetHeading }));
    clock.dataset.tick = String(tick);
    setText(clock, `tick ${tick} · ${drillTime(Math.round((tick * 1000) / 60))}`);
    setText(values.hull, ship.hullMax ? pct(ship.hullPoints / ship.hullMax) : '—');
    setText(values.shields, `${Math.round(ship.shieldFront ?? 0)} / ${Math.round(ship.shieldRear ?? 0)}`);
    setText(values.speed, `${Math.round(ship.speed ?? 0)} m/s`);
    setText(values.heading, deg(ship.heading ?? 0));
    setText(values.cloak, ship.cloaked ? 'ON' : ship.inHyperspace ? 'JUMP' : 'off');
    values.cloak.dataset.tone = ship.cloaked ? 'good' : '';
    onTick?.(tick);
  }

  function stopPlaying() { clearInterval(timer); timer = null; setText(play, 'PLAY'); }
  play.addEventListener('click', () => {
    if (timer) { stopPlaying(); return; }
    if (Number(slider.value) >= run.ticks) slider.value = 0;
    setText(play, 'PAUSE');
    timer = setInterval(() => {
      const next = Math.min(run.ticks, Number(slider.value) + PLAY_TICKS);
      slider.value = next;
      show(next);
      if (next >= run.ticks) stopPlaying();
    }, 100);
  });
  slider.addEventListener('input', () => show(Number(slider.value)));
  new ResizeObserver(() => { if (view) draw(Number(clock.dataset.tick || 0)); }).observe(canvas);

  return {
    el,
    /** Moves the slider to a tick and shows it (timeline entries call this). */
    seek(tick) { slider.value = Math.max(0, Math.min(run.ticks, tick)); show(Number(slider.value)); },
  };
}
