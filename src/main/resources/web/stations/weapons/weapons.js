// Weapons: targets on the radar with the mounts' arcs, the scanned subsystem picker (critical first),
// beams on/off (B), torpedo launch (T), next target (N), and a "weapons held" banner until the
// captain releases them.
import { h, setText } from '../../shared/dom.js';
import { bar, button, panel, healthTone } from '../../shared/widgets.js';
import { Radar, sceneFromView } from '../../shared/radar.js';
import { km, liveContacts, seconds } from '../../shared/format.js';

const RANGES = [2500, 6000, 12000, 30000];

export function create({ send, readOnly }) {
  let view = null;
  let rangeIndex = 1;
  const target = (id, subsystemId = '') => send('SetWeaponsTarget', { targetShipId: id, subsystemId });

  const canvas = h('canvas.radar', { 'aria-label': 'Weapons radar; click a contact to target it' });
  const radar = new Radar(canvas, { range: RANGES[rangeIndex], onPick: readOnly ? null : (x, y, id) => { if (id !== null) target(id); } });
  const zoom = (d) => { rangeIndex = Math.max(0, Math.min(RANGES.length - 1, rangeIndex + d)); radar.range = RANGES[rangeIndex]; };
  const radarPanel = panel('Tactical — click a contact to target',
    canvas, h('div.row', h('button.btn.nav-allowed', { type: 'button', onclick: () => zoom(-1) }, 'ZOOM IN'), h('button.btn.nav-allowed', { type: 'button', onclick: () => zoom(1) }, 'ZOOM OUT')));
  radarPanel.el.classList.add('grow');

  const held = h('div.held-banner', 'WEAPONS HELD — awaiting the captain');
  const contactList = h('div.list', { style: { maxHeight: '170px' } });
  const targetPanel = panel('Targets', contactList);
  const subsList = h('div.list', { style: { maxHeight: '250px' } });
  const subsPanel = panel('Subsystems of the target (scanned)', subsList);

  const beams = button('BEAMS OFF', { key: 'B', onClick: () => send('SetBeamsFiring', { firing: !view?.weapons?.beamsFiring }) });
  beams.id = 'weapons-beams';
  const torpedo = button('LAUNCH TORPEDO', { key: 'T', onClick: () => send('LaunchTorpedo'), cls: 'btn-danger' });
  const torpedoesOut = h('span.big-number', '—');
  const mountBars = h('div.col');
  const firePanel = panel('Fire control', h('div.row', beams, torpedo), h('div.row', h('span.hint', 'Torpedoes left'), torpedoesOut), mountBars);

  const nextTarget = () => {
    const list = liveContacts(view).filter((c) => c.hostile);
    if (!list.length) return;
    const i = list.findIndex((c) => c.id === view?.weapons?.targetShipId);
    target(list[(i + 1) % list.length].id);
  };

  const el = h('div', h('div.col', radarPanel.el), h('div.col', held, targetPanel.el, subsPanel.el, firePanel.el));
  el.dataset.station = 'weapons';

  let contactsKey = '', subsKey = '', mountsKey = '';
  const mountWidgets = {};

  return {
    el,
    keys: readOnly ? {} : { b: () => beams.click(), t: () => send('LaunchTorpedo'), n: nextTarget },
    update(v) {
      view = v;
      const w = v.weapons;
      if (!w) return;
      held.className = w.released ? 'released-banner' : 'held-banner';
      setText(held, w.released ? 'WEAPONS RELEASED' : 'WEAPONS HELD — awaiting the captain');
      beams.classList.toggle('on', w.beamsFiring);
      setText(beams.querySelector('.btn-text'), w.beamsFiring ? 'BEAMS FIRING' : 'BEAMS OFF');
      setText(torpedoesOut, `${w.torpedoesLeft}${w.launchesPending ? ` (+${w.launchesPending} queued)` : ''}`);

      const contacts = liveContacts(v);
      const ck = contacts.map((c) => `${c.id}:${c.name}:${Math.round(c.range / 100)}:${c.scanned}:${Math.round(c.hullPercent ?? -1)}`).join('|') + w.targetShipId;
      if (ck !== contactsKey) {
        contactsKey = ck;
        contactList.replaceChildren(...(contacts.length ? contacts.map((c) => h(`div.list-item${c.id === w.targetShipId ? '.selected' : ''}`,
          { onclick: readOnly ? null : () => target(c.id), dataset: { contactId: c.id } },
          h('strong.grow', c.name), c.hostile ? h('span.tag.hostile', 'HOSTILE') : null,
          h('span.tag', c.scanned ? `scanned · hull ${Math.round(c.hullPercent ?? 0)}%` : 'not scanned'), h('span', km(c.range))))
          : [h('div.hint', 'No contacts on sensors.')]));
      }

      const t = contacts.find((c) => c.id === w.targetShipId);
      const subs = Object.entries(t?.subsystems ?? {});
      const sk = t ? `${t.id}:${w.targetSubsystemId}:` + subs.map(([id, s]) => `${id}:${s.health}:${s.destroyed}`).join('|') : 'none';
      if (sk !== subsKey) {
        subsKey = sk;
        if (!t) subsList.replaceChildren(h('div.hint', 'Pick a target.'));
        else if (!t.scanned) subsList.replaceChildren(h('div.hint', 'Not scanned yet: science must scan it before subsystems can be targeted. Firing now hits the hull.'));
        else {
          const row = ([id, s]) => {
            const b = bar(s.name);
            b.set(s.health, s.destroyed ? 'GONE' : `${Math.round(s.health * 100)}%`, healthTone(s.health, s.destroyed));
            return h(`div.list-item${id === w.targetSubsystemId ? '.selected' : ''}`, { onclick: readOnly || s.destroyed ? null : () => target(t.id, id), dataset: { subsystemId: id } },
              h('div.grow', b.el));
          };
          const critical = subs.filter(([, s]) => s.critical), secondary = subs.filter(([, s]) => !s.critical);
          subsList.replaceChildren(
            h('div.list-item', { onclick: readOnly ? null : () => target(t.id, ''), class: `list-item${!w.targetSubsystemId ? ' selected' : ''}` }, h('strong', 'Whole ship (hull)')),
            h('span.tag.critical', 'CRITICAL'), ...critical.map(row), h('span.tag.secondary', 'SECONDARY'), ...secondary.map(row));
        }
      }

      const mounts = Object.entries(w.mounts ?? {});
      const mk = mounts.map(([id]) => id).join();
      if (mk !== mountsKey) {
        mountsKey = mk;
        mountBars.replaceChildren(...mounts.map(([id, m]) => { mountWidgets[id] = bar(`${id} `, { tone: 'info' }); return mountWidgets[id].el; }));
      }
      for (const [id, m] of mounts) {
        const ready = m.cooldownSeconds <= 0;
        mountWidgets[id].set(1 - m.cooldownSeconds / (m.cycleSeconds || 1), ready ? 'READY' : seconds(m.cooldownSeconds), ready ? '' : 'info');
      }
    },
    animate(v) {
      if (!v?.ship) return;
      const arcs = Object.values(v.weapons?.mounts ?? {}).filter((m) => m.halfArc < Math.PI);
      radar.draw(sceneFromView(v, { arcs, selectedId: v.weapons?.targetShipId }));
    },
  };
}
