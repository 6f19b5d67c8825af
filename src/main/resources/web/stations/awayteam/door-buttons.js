// Door orders for the selected member: one button per shut door of the room they stand in, nearest
// first; closed doors open (O, 1 s), locked and jammed ones must be forced (G, 8 s / 15 s).
import { h, setText } from '../../shared/dom.js';
import { DOOR_COLOURS } from './deck-map.js';

export function doorButtons({ send, readOnly }) {
  const el = h('div.aw-doors#awayteam-doors');
  let shown = []; // [{doorId, force}] in button order
  let memberId = null;

  function order(d) {
    if (readOnly || memberId === null) return;
    send(d.force ? 'ForceDoor' : 'OpenDoor', { memberId, doorId: d.doorId });
  }

  return {
    el,
    /** Presses the nearest door button of a kind: 'OPEN' or 'FORCE'. */
    first(kind) {
      const d = shown.find((s) => s.force === (kind === 'FORCE'));
      if (d) order(d);
    },
    update(interior, member, forceSeconds) {
      memberId = member?.id ?? null;
      const ship = member && !member.inTransit ? interior.ships?.[member.shipId] : null;
      const list = [];
      for (const [doorId, d] of Object.entries(ship?.doors ?? {})) {
        if (d.state === 'OPEN' || !d.rooms.includes(member.room)) continue;
        const other = d.rooms[0] === member.room ? d.rooms[1] : d.rooms[0];
        const otherRoom = ship.rooms[other];
        list.push({ doorId, state: d.state, force: d.state !== 'CLOSED', to: otherRoom?.unknown ? 'unknown space' : otherRoom?.name ?? other,
          distance: Math.hypot(d.x - member.x, d.y - member.y) });
      }
      list.sort((a, b) => a.distance - b.distance);
      const busy = member?.action === 'OPEN_DOOR' || member?.action === 'FORCE_DOOR';
      const key = list.map((d) => `${d.doorId}:${d.state}`).join() + `|${memberId}|${busy}`;
      if (el.dataset.key === key) {
        for (const b of el.querySelectorAll('button')) setText(b.querySelector('.aw-door-distance'), `${Math.round(list.find((d) => d.doorId === b.dataset.doorId)?.distance ?? 0)} m`);
        return;
      }
      el.dataset.key = key;
      shown = list;
      const firstOpen = list.find((d) => !d.force), firstForce = list.find((d) => d.force);
      el.replaceChildren(...list.map((d) => {
        const k = d === firstOpen ? 'O' : d === firstForce ? 'G' : null;
        const b = h('button.btn.aw-door', { type: 'button', disabled: readOnly || busy, dataset: { doorId: d.doorId, state: d.state }, onclick: () => order(d) },
          h('i.aw-door-swatch', { style: { background: DOOR_COLOURS[d.state] } }),
          h('span.btn-text', `${d.force ? 'FORCE' : 'OPEN'} → ${d.to}`),
          h('span.aw-door-note', `${d.state.toLowerCase()} · ${forceSeconds[d.state]} s`), h('span.aw-door-distance', `${Math.round(d.distance)} m`),
          k ? h('kbd', k) : null);
        return b;
      }));
      if (!list.length) el.append(h('div.hint', member ? (busy ? 'Working on a door…' : 'Every door of this room is open.') : 'Select a member to see the doors of their room.'));
    },
  };
}
