// Captain: the tactical picture, the objectives, the big EXECUTE (release weapons, X), the jump
// order (J) and the cloak (C).
import { h, setText } from '../../shared/dom.js';
import { bar, button, panel, readout } from '../../shared/widgets.js';
import { Radar, sceneFromView } from '../../shared/radar.js';
import { label } from '../../shared/format.js';
import { missionPanel } from '../../shared/mission.js';
import { awayInset } from './away-inset.js';
import { radioInset } from './radio-inset.js';

const RANGES = [2500, 6000, 15000, 40000];

export function create({ send, readOnly }) {
  let view = null;
  let rangeIndex = 1;
  const canvas = h('canvas.radar', { 'aria-label': 'Tactical overview' });
  const radar = new Radar(canvas, { range: RANGES[rangeIndex] });
  const zoom = (d) => { rangeIndex = Math.max(0, Math.min(RANGES.length - 1, rangeIndex + d)); radar.range = RANGES[rangeIndex]; };
  const radarPanel = panel('Tactical', canvas,
    h('div.row', h('button.btn.nav-allowed', { type: 'button', onclick: () => zoom(-1) }, 'ZOOM IN'), h('button.btn.nav-allowed', { type: 'button', onclick: () => zoom(1) }, 'ZOOM OUT')));
  radarPanel.el.classList.add('grow');

  const execute = button('EXECUTE', { key: 'X', onClick: () => send('ReleaseWeapons', { released: !view?.captain?.released }), cls: 'btn-huge.btn-danger' });
  execute.id = 'captain-execute';
  const weaponsState = h('div.held-banner', 'WEAPONS HELD');
  const jump = button('JUMP', { key: 'J', onClick: () => send('ExecuteJump'), cls: 'btn-primary' });
  const cloak = button('CLOAK', { key: 'C', onClick: () => send('SetCloak', { engaged: !view?.captain?.cloaked }) });
  const phase = readout('Jump drive');
  const spool = bar('SPOOL', { tone: 'info' });
  const alert = readout('Status');
  const orders = panel('Orders', weaponsState, execute, phase.el, spool.el, h('div.row', jump, cloak), alert.el);
  // the column is short of room (orders, away team, radio): the checklist scrolls inside its panel,
  // the next objective at its top, with "done / all" in the title
  const mission = missionPanel({ focusOpen: true });
  const missionBox = panel(h('span', 'Objectives', mission.progress), mission.list);
  Object.assign(missionBox.el.style, { flex: '1 1 0', minHeight: '80px' }); // at least the title and one line
  Object.assign(missionBox.body.style, { flex: '1 1 auto', overflow: 'hidden' });

  const away = awayInset();
  let seat = null; // the joined client, for welcome.you
  const radio = radioInset(() => seat?.you);
  const el = h('div', h('div.col', radarPanel.el), h('div.col', orders.el, away.el, radio.el, missionBox.el));
  el.dataset.station = 'captain';
  return {
    el,
    keys: readOnly ? {} : { x: () => execute.click(), j: () => send('ExecuteJump'), c: () => cloak.click() },
    attach(client) { seat = client; },
    event(ev) { radio.event(ev); },
    update(v) {
      view = v;
      const c = v.captain;
      if (!c) return;
      weaponsState.className = c.released ? 'released-banner' : 'held-banner';
      setText(weaponsState, c.released ? 'WEAPONS RELEASED' : 'WEAPONS HELD');
      setText(execute.querySelector('.btn-text'), c.released ? 'HOLD FIRE' : 'EXECUTE');
      phase.set(label(c.jumpPhase).toUpperCase(), c.jumpPhase === 'READY' ? 'good' : '');
      spool.set(c.spool);
      jump.disabled = readOnly || c.jumpPhase !== 'READY';
      cloak.classList.toggle('cloak-on', c.cloaked);
      setText(cloak.querySelector('.btn-text'), c.cloaked ? 'DECLOAK' : 'CLOAK');
      alert.set(c.alert ?? (c.hullPercent !== undefined ? `hull ${Math.round(c.hullPercent)}%` : 'nominal'));
      mission.update(v.mission);
      away.update(v.interior);
    },
    animate(v) {
      if (!v?.ship) return;
      const aim = v.mission ? { x: v.mission.aimX, y: v.mission.aimY } : null;
      radar.draw(sceneFromView(v, { selectedId: v.captain?.targetShipId, aim }));
      away.animate(v.interior);
    },
  };
}
