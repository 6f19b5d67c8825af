// Helm: short-range radar centred on the ship, heading (radar/dial click-drag, A/D), throttle (W/S),
// strafe, combat manoeuvre bursts (Q/E/R) with charge and heat, and the hyperspace plot.
import { h, setText } from '../../shared/dom.js';
import { bar, button, slider, panel, readout } from '../../shared/widgets.js';
import { Radar, sceneFromView } from '../../shared/radar.js';
import { deg, km, label, seconds } from '../../shared/format.js';
import { HeadingDial } from './heading-dial.js';
import { dockingPanel } from './docking-panel.js';

const RANGES = [1000, 2500, 5000, 10000, 25000, 50000];
const TURN_STEP = Math.PI / 12; // 15° per A/D press
const SEND_EVERY_MS = 60; // drags would otherwise flood the 60-commands-per-second budget

function wrap(a) { return Math.atan2(Math.sin(a), Math.cos(a)); }

export function create({ send, readOnly }) {
  let view = null;
  let rangeIndex = 2;
  let lastHeadingSent = 0;
  let pendingHeading = null;

  const orderHeading = (heading) => {
    pendingHeading = wrap(heading);
    const now = performance.now();
    if (now - lastHeadingSent >= SEND_EVERY_MS) flushHeading();
    else setTimeout(flushHeading, SEND_EVERY_MS);
  };
  function flushHeading() {
    if (pendingHeading === null) return;
    lastHeadingSent = performance.now();
    send('SetHeading', { heading: Number(pendingHeading.toFixed(3)) });
    pendingHeading = null;
  }
  const headingFromPoint = (x, y) => { if (view?.ship) orderHeading(Math.atan2(y - view.ship.y, x - view.ship.x)); };

  const canvas = h('canvas.radar', { 'aria-label': 'Short-range radar; click or drag to set the heading' });
  const radar = new Radar(canvas, { range: RANGES[rangeIndex], onPick: readOnly ? null : (x, y) => headingFromPoint(x, y), onDrag: readOnly ? null : headingFromPoint });
  const rangeOut = h('span.hint');
  const zoom = (d) => { rangeIndex = Math.max(0, Math.min(RANGES.length - 1, rangeIndex + d)); radar.range = RANGES[rangeIndex]; };
  const radarPanel = panel('Short-range radar — click/drag to steer',
    canvas, h('div.row.nav-allowed', h('button.btn.nav-allowed', { type: 'button', onclick: () => zoom(-1) }, 'ZOOM IN'), rangeOut,
      h('button.btn.nav-allowed', { type: 'button', onclick: () => zoom(1) }, 'ZOOM OUT')));
  radarPanel.el.classList.add('grow');

  // heading
  const dialCanvas = h('canvas', { style: { width: '150px', height: '150px', touchAction: 'none', cursor: 'crosshair' } });
  const dial = new HeadingDial(dialCanvas, readOnly ? null : orderHeading);
  const headingOut = readout('Heading');
  const targetOut = readout('Ordered');
  const speedOut = readout('Speed');
  const turn = (d) => orderHeading((view?.helm?.targetHeading ?? view?.ship?.heading ?? 0) + d);
  const headingPanel = panel('Heading', h('div.row', dialCanvas, h('div.col', { style: { flex: 1 } }, headingOut.el, targetOut.el, speedOut.el,
    h('div.row', button('PORT', { key: 'A', onClick: () => turn(TURN_STEP) }), button('STBD', { key: 'D', onClick: () => turn(-TURN_STEP) })))));

  // throttle and strafe
  const throttle = slider('Throttle', { min: -0.5, max: 1, step: 0.05, format: (v) => `${Math.round(v * 100)}%`, onInput: (v) => send('SetThrottle', { throttle: v }) });
  const strafe = slider('Strafe', { min: -1, max: 1, step: 0.1, format: (v) => (v === 0 ? '0' : v > 0 ? `L ${Math.round(v * 100)}%` : `R ${Math.round(-v * 100)}%`), onInput: (v) => send('SetStrafe', { strafe: v }) });
  strafe.input.style.direction = 'rtl'; // slide left to strafe left (positive is left on the wire)
  const setThrottle = (v) => send('SetThrottle', { throttle: Math.max(-0.5, Math.min(1, Number(v.toFixed(2)))) });
  const stepThrottle = (d) => setThrottle((view?.helm?.throttle ?? 0) + d);
  const setStrafe = (v) => send('SetStrafe', { strafe: Math.max(-1, Math.min(1, Number(v.toFixed(2)))) });
  const drivePanel = panel('Impulse', throttle.el, strafe.el,
    h('div.row', button('FWD', { key: 'W', onClick: () => stepThrottle(0.1) }), button('BACK', { key: 'S', onClick: () => stepThrottle(-0.1) }),
      button('STOP', { key: 'X', onClick: () => { setThrottle(0); setStrafe(0); } })));

  // combat manoeuvres
  const charge = bar('CHRG', { tone: 'info' });
  const heat = bar('HEAT');
  const burst = (boost, side) => send('CombatManeuver', { boost, strafe: side });
  const combatPanel = panel('Combat manoeuvre', h('div.row', h('div', { style: { flex: 1 } }, charge.el), h('div', { style: { flex: 1 } }, heat.el)),
    h('div.row', button('◀ BURST', { key: 'Q', onClick: () => burst(0, 1) }), button('BOOST', { key: 'R', onClick: () => burst(1, 0) }),
      button('BURST ▶', { key: 'E', onClick: () => burst(0, -1) })));

  // hyperspace
  const aimX = h('input.text-input', { type: 'number', step: '0.1', placeholder: 'x km', 'aria-label': 'Aim x (km)', style: { width: '7.5em' } });
  const aimY = h('input.text-input', { type: 'number', step: '0.1', placeholder: 'y km', 'aria-label': 'Aim y (km)', style: { width: '7.5em' } });
  const phaseOut = h('span.big-number#helm-jump-phase', { style: { fontSize: '24px' } }, '—');
  const spool = bar('SPOOL', { tone: 'info' });
  const jumpInfo = h('div.hint', '');
  const plot = () => {
    const x = Number(aimX.value) * 1000, y = Number(aimY.value) * 1000;
    if (!Number.isFinite(x) || !Number.isFinite(y) || aimX.value === '' || aimY.value === '') return;
    send('PlotJump', { x: Math.round(x), y: Math.round(y) });
  };
  const briefingButton = button('BRIEFING AIM', { onClick: () => fillAim(true) });
  const plotButton = button('PLOT JUMP', { key: 'P', onClick: plot, cls: 'btn-primary' });
  plotButton.id = 'helm-plot';
  const executeButton = button('EXECUTE JUMP', { key: 'J', onClick: () => send('ExecuteJump'), cls: 'btn-danger' });
  executeButton.id = 'helm-execute-jump';
  const jumpPanel = panel('Hyperspace',
    h('div.row', h('label.hint', 'X km ', aimX), h('label.hint', 'Y km ', aimY), briefingButton, plotButton),
    h('div.row', h('span.hint', 'Phase'), phaseOut, h('div', { style: { flex: 1 } }, spool.el), executeButton), jumpInfo);
  aimX.id = 'helm-aim-x'; aimY.id = 'helm-aim-y';

  function fillAim(force) {
    const m = view?.mission;
    if (!m || m.aimX === undefined) return;
    if (!force && (aimX.value !== '' || aimY.value !== '')) return;
    aimX.value = (m.aimX / 1000).toFixed(1);
    aimY.value = (m.aimY / 1000).toFixed(1);
  }

  const docking = dockingPanel({ send, readOnly });
  const el = h('div', h('div.col', radarPanel.el, jumpPanel.el), h('div.col', headingPanel.el, drivePanel.el, combatPanel.el, docking.el));
  el.dataset.station = 'helm';

  return {
    el,
    keys: readOnly ? {} : {
      a: () => turn(TURN_STEP), d: () => turn(-TURN_STEP), w: () => stepThrottle(0.1), s: () => stepThrottle(-0.1),
      x: () => { setThrottle(0); setStrafe(0); }, q: () => burst(0, 1), e: () => burst(0, -1), r: () => burst(1, 0),
      p: plot, j: () => send('ExecuteJump'), ...docking.keys,
    },
    update(v) {
      view = v;
      const s = v.ship, helm = v.helm;
      if (!s || !helm) return;
      headingOut.set(deg(s.heading));
      targetOut.set(deg(helm.targetHeading));
      speedOut.set(`${Math.round(s.speed)} m/s`);
      throttle.set(helm.throttle);
      strafe.set(helm.strafe);
      charge.set(helm.maneuverCharge, `${Math.round(helm.maneuverCharge * 100)}%`);
      heat.set(helm.heat, helm.overheated ? 'OVERHEAT' : `${Math.round(helm.heat * 100)}%`, helm.overheated ? 'bad' : helm.heat > 0.6 ? 'warn' : '');
      const j = helm.jump ?? {};
      setText(phaseOut, label(j.phase).toUpperCase());
      phaseOut.dataset.phase = j.phase;
      spool.set(j.spool, `${Math.round(j.spool * 100)}%`, j.phase === 'READY' ? '' : 'info');
      const aimKnown = j.phase && j.phase !== 'IDLE';
      setText(jumpInfo, j.phase === 'IN_HYPERSPACE' ? `In hyperspace — ${seconds(j.dwellSeconds)} to the drop`
        : aimKnown ? `Plotted to ${km(j.aimX)}, ${km(j.aimY)} — ${km(Math.hypot(j.aimX - s.x, j.aimY - s.y))} away`
          : 'Enter the aim point in km, then PLOT.');
      briefingButton.disabled = readOnly || !v.mission;
      fillAim(false);
      docking.update(v.docking);
      setText(rangeOut, `range ${km(radar.range)}`);
    },
    animate(v) {
      if (!v?.ship) return;
      const aim = v.helm?.jump && v.helm.jump.phase !== 'IDLE' ? { x: v.helm.jump.aimX, y: v.helm.jump.aimY } : null;
      radar.draw(sceneFromView(v, { targetHeading: v.helm?.targetHeading, aim }));
      dial.draw(v.ship.heading, v.helm?.targetHeading);
    },
  };
}
