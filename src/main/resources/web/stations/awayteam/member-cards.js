// One card per away-team member: number (its select key), name, where they are and what they do,
// suit air with the minutes left, health, and the torch switch. Tapping a card selects the member.
import { h, setText } from '../../shared/dom.js';
import { bar } from '../../shared/widgets.js';

const ACTIONS = { OPEN_DOOR: 'opening a door', FORCE_DOOR: 'forcing a door', SEARCH: 'searching' };

/** m:ss from seconds. */
export function clock(seconds) {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function memberCards({ onSelect, onTorch }) {
  const el = h('div.aw-cards');
  const cards = new Map(); // member id → {el, …}

  function card(id, number) {
    const name = h('span.aw-card-name');
    const where = h('div.aw-card-where');
    const air = bar('AIR');
    const health = bar('HP');
    const torch = h('button.btn.btn-small.aw-torch', { type: 'button', onclick: (e) => { e.stopPropagation(); onTorch(id); } }, 'TORCH');
    const c = h('div.aw-card', { dataset: { memberId: id }, onclick: () => onSelect(id) },
      h('div.aw-card-head', h('kbd', String(number)), h('div.aw-card-who', name, where), torch), h('div.aw-card-bars', air.el, health.el));
    return { el: c, name, where, air, health, torch };
  }

  return {
    el,
    update(interior, selected, shipNames) {
      const members = Object.entries(interior?.members ?? {});
      const key = members.map(([id]) => id).join();
      if (el.dataset.key !== key) {
        el.dataset.key = key;
        cards.clear();
        el.replaceChildren(...members.map(([id], i) => { const c = card(Number(id), i + 1); cards.set(Number(id), c); return c.el; }));
        if (!members.length) el.append(h('div.hint', 'No away team aboard this ship.'));
      }
      for (const [idText, m] of members) {
        const id = Number(idText);
        const c = cards.get(id);
        setText(c.name, m.name);
        c.el.classList.toggle('selected', selected.has(id));
        c.el.classList.toggle('dead', !m.alive);
        const ship = shipNames[m.shipId] ?? `ship ${m.shipId}`;
        const room = interior.ships?.[m.shipId]?.rooms?.[m.room]?.name ?? m.room;
        const doing = !m.alive ? 'LOST' : m.inTransit ? 'crossing between ships' : ACTIONS[m.action] ?? (m.moving ? 'walking' : 'standing by');
        const carrying = m.carrying !== undefined ? ' · carrying a captive' : '';
        setText(c.where, `${ship} · ${room} — ${doing}${carrying}`);
        c.el.dataset.room = m.room;
        c.el.dataset.shipId = m.shipId;
        const airFraction = m.air / m.airMax;
        c.air.set(airFraction, `${clock(m.air)} left`, airFraction < 0.15 ? 'bad' : airFraction < 0.35 ? 'warn' : 'info');
        c.health.set(m.health, `${Math.round(m.health * 100)}%`, m.health < 0.3 ? 'bad' : m.health < 0.7 ? 'warn' : '');
        c.torch.classList.toggle('on', m.torch);
        setText(c.torch, m.torch ? 'TORCH ON' : 'TORCH OFF');
        c.torch.disabled = c.torch.closest('.read-only') !== null || !m.alive;
      }
    },
  };
}
