// The captain's glance at the away team: a small deck plan of where the first living member is, and
// one line of who is where with the least air left. Orders stay with the away-team station.
import { h, setText } from '../../shared/dom.js';
import { panel } from '../../shared/widgets.js';
import { DeckMap } from '../awayteam/deck-map.js';
import { clock } from '../awayteam/member-cards.js';

export function awayInset() {
  const canvas = h('canvas#captain-away-map', { style: { width: '100%', height: '170px', display: 'block', background: '#03060a', borderRadius: '6px' } });
  const map = new DeckMap(canvas);
  const line = h('div.hint#captain-away-line', '');
  const p = panel('Away team', canvas, line);
  p.el.style.display = 'none';
  const none = new Set();
  let shipId = null;
  return {
    el: p.el,
    update(interior) {
      p.el.style.display = interior ? '' : 'none'; // absent in scenarios without boarding
      if (!interior) return;
      const living = Object.values(interior.members ?? {}).filter((m) => m.alive);
      const lead = living.find((m) => !m.inTransit) ?? living[0];
      shipId = lead ? lead.shipId : interior.teamShipId;
      const where = {};
      for (const m of living) where[m.shipId] = (where[m.shipId] ?? 0) + 1;
      const parts = Object.entries(where).map(([id, n]) => `${n} aboard ${interior.ships?.[id]?.name ?? `ship ${id}`}`);
      const leastAir = living.reduce((a, m) => Math.min(a, m.air), Infinity);
      const lost = Object.values(interior.members ?? {}).length - living.length;
      setText(line, `${parts.join(' · ') || 'no living members'}${living.length ? ` · least air ${clock(leastAir)}` : ''}${lost ? ` · ${lost} LOST` : ''}`);
    },
    animate(interior) { if (interior && shipId !== null) map.draw(interior, shipId, none); },
  };
}
