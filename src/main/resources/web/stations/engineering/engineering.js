// Engineering: power per subsystem (0–200 %), reactor output against demand, subsystem health and
// repair, the hyperspace drive spool, and the big CLOAK toggle (C) with its lockout countdown.
import { h, setText } from '../../shared/dom.js';
import { bar, button, panel, healthTone } from '../../shared/widgets.js';
import { label, seconds } from '../../shared/format.js';

const SEND_EVERY_MS = 80;

export function create({ send, readOnly }) {
  let view = null;

  const output = bar('OUT', { tone: 'info' });
  const demand = bar('DMD');
  const reactorPanel = panel('Reactor', output.el, demand.el);

  const cloakButton = button('CLOAK', { key: 'C', onClick: () => toggleCloak(), cls: 'btn-huge' });
  cloakButton.id = 'engineering-cloak';
  const cloakState = h('div.big-number', { style: { fontSize: '24px', textAlign: 'center' } }, '—');
  const cloakPanel = panel('Cloak', cloakButton, cloakState);
  function toggleCloak() {
    const c = view?.engineering?.cloak;
    send('SetCloak', { engaged: !(c?.ordered || c?.engaged) });
  }

  const spoolButton = button('SPOOL JUMP DRIVE', { key: 'J', onClick: () => { send('SpoolJumpDrive'); }, cls: 'btn-primary' });
  spoolButton.id = 'engineering-spool';
  const jumpOut = h('div.big-number', { style: { fontSize: '24px' } }, 'IDLE');
  const spoolBar = bar('SPOOL', { tone: 'info' });
  const jumpPanel = panel('Hyperspace drive', h('div.row', spoolButton), jumpOut, spoolBar.el,
    h('div.hint', 'Helm plots the aim point; spool when ordered; the captain (or helm) executes.'));

  const rows = {};
  const subsBody = h('div.list');
  const subsPanel = panel('Subsystems — power 0–200 %, health, repair', subsBody);
  subsPanel.el.classList.add('grow');

  function row(id, s) {
    const health = bar('HP');
    const input = h('input.slider', { type: 'range', min: 0, max: 2, step: 0.05, value: s.allocation, 'aria-label': `${s.name} power` });
    const out = h('span.slider-value', '100%');
    const repair = button('REPAIR', { onClick: () => send('RepairSubsystem', { subsystemId: id }) });
    repair.classList.add('btn-small');
    let last = 0, timer = null, dragging = false;
    const sendPower = () => { timer = null; last = performance.now(); send('SetPower', { subsystemId: id, allocation: Number(Number(input.value).toFixed(2)) }); };
    input.addEventListener('pointerdown', () => { dragging = true; });
    input.addEventListener('pointerup', () => { dragging = false; });
    input.addEventListener('input', () => {
      setText(out, `${Math.round(input.value * 100)}%`);
      if (performance.now() - last > SEND_EVERY_MS) sendPower(); else if (!timer) timer = setTimeout(sendPower, SEND_EVERY_MS);
    });
    const name = h('strong', s.name);
    const tags = h('span.tag', s.critical ? 'critical' : 'secondary');
    const el = h('div.list-item', { dataset: { subsystemId: id }, style: { flexWrap: 'wrap', cursor: 'default' } },
      h('div', { style: { width: '11em' } }, name, h('br'), tags),
      h('div', { style: { flex: '1 1 220px', display: 'flex', flexDirection: 'column', gap: '4px' } },
        h('div.slider-row', { style: { gridTemplateColumns: '1fr 4em' } }, input, out), health.el),
      repair);
    rows[id] = { el, input, out, health, repair, tags, isDragging: () => dragging || timer !== null };
    return el;
  }

  const el = h('div', h('div.col', subsPanel.el), h('div.col', cloakPanel.el, reactorPanel.el, jumpPanel.el));
  el.dataset.station = 'engineering';

  return {
    el,
    keys: readOnly ? {} : { c: toggleCloak, j: () => send('SpoolJumpDrive') },
    update(v) {
      view = v;
      const e = v.engineering;
      if (!e) return;
      const r = e.reactor;
      output.set(r.output / Math.max(r.output, r.demand, 1), `${Math.round(r.output)}`);
      demand.set(r.demand / Math.max(r.output, r.demand, 1), `${Math.round(r.demand)}`, r.demand > r.output ? 'bad' : '');

      const c = e.cloak;
      cloakButton.disabled = readOnly || !c.available;
      cloakButton.classList.toggle('cloak-on', c.engaged);
      setText(cloakButton.querySelector('.btn-text'), c.engaged ? 'DECLOAK' : c.ordered ? 'CLOAKING…' : 'CLOAK');
      setText(cloakState, !c.available ? 'NO CLOAK ON THIS HULL' : c.lockoutSeconds > 0 ? `LOCKED OUT ${seconds(c.lockoutSeconds)}`
        : c.engaged ? 'CLOAKED' : c.ordered ? 'ENGAGING' : 'VISIBLE');
      cloakState.dataset.state = c.engaged ? 'engaged' : 'off';

      const jump = e.jump ?? { phase: 'IDLE', spool: 0 };
      setText(jumpOut, label(jump.phase).toUpperCase());
      jumpOut.dataset.phase = jump.phase;
      spoolBar.set(jump.spool, `${Math.round(jump.spool * 100)}%`);
      spoolButton.disabled = readOnly || jump.phase !== 'PLOTTED';

      const subs = Object.entries(e.subsystems ?? {});
      if (subs.some(([id]) => !rows[id])) subsBody.replaceChildren(...subs.map(([id, s]) => rows[id]?.el ?? row(id, s)));
      for (const [id, s] of subs) {
        const w = rows[id];
        const f = s.maxHealth ? s.health / s.maxHealth : 0;
        w.health.set(f, s.destroyed ? 'DESTROYED' : `${Math.round(s.health)}/${Math.round(s.maxHealth)}${s.powerRatio < 1 ? ` · ${Math.round(s.powerRatio * 100)}% pwr` : ''}`, healthTone(f, s.destroyed));
        if (!w.isDragging() && Number(w.input.value) !== s.allocation) { w.input.value = s.allocation; setText(w.out, `${Math.round(s.allocation * 100)}%`); }
        w.input.disabled = readOnly || s.destroyed || s.kind === 'REACTOR';
        const repairing = e.repairing === id;
        w.repair.classList.toggle('on', repairing);
        setText(w.repair.querySelector('.btn-text'), repairing ? 'REPAIRING' : 'REPAIR');
        w.repair.disabled = readOnly || (f >= 1 && !repairing);
      }
    },
  };
}
