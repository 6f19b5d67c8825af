// Combined stations for small crews (after EmptyEpsilon's 3–4 person and single-pilot sets).
// A socket holds one seat, so this page opens one socket per role it combines — "pilot" takes the
// HELM and WEAPONS seats of the ship — and shows those stations side by side. Each seat resumes on
// refresh like a single station; LEAVE gives every seat up. Sound cues play once (first seat only).
// Keyboard shortcuts: a key belongs to the first station that uses it; the others need the buttons.
import { h } from '../../shared/dom.js';
import { STATIONS } from '../../shared/stations.js';
import { topbar } from '../../shared/topbar.js';
import { createStation, runStation } from '../../shared/station-page.js';

export async function start(app, params) {
  const parts = params.def.parts;
  const clients = [];
  const bar = topbar(parts.map((p) => STATIONS[p].title).join(' + '), { onLeave: () => { for (const c of clients) c.leave(); location.href = '/'; } });
  const grid = h(`div.combined.parts-${parts.length > 2 ? 4 : 2}`);
  const help = h('div.combined-help', `This page takes ${parts.length} seats at once (${parts.map((p) => STATIONS[p].title).join(', ')}): one connection per seat. `
    + 'Shortcut keys go to the first station listed that uses them.');
  app.append(bar.el, help, grid);
  const taken = new Set();
  for (const [i, part] of parts.entries()) {
    const def = STATIONS[part];
    const ui = await createStation(def);
    // the same key (e.g. J) means different things on two stations: keep the first binding only
    ui.keys = Object.fromEntries(Object.entries(ui.keys ?? {}).filter(([k]) => !taken.has(k)));
    for (const k of Object.keys(ui.keys)) taken.add(k);
    const status = h('span.conn', { dataset: { state: 'connecting' } }, 'connecting');
    grid.append(h('section.combined-part', { dataset: { part } }, h('h2', def.title, status), ui.el));
    const partBar = i === 0 ? {
      status: (s, d) => { bar.status(s, d); status.dataset.state = s; status.textContent = s === 'joined' ? 'online' : s; },
      update: (v, rtt) => bar.update(v, rtt),
    } : { status: (s) => { status.dataset.state = s; status.textContent = s === 'joined' ? 'online' : s; }, update: () => {} };
    clients.push(runStation(ui, def.role, { ...params, bar: partBar, announceEvents: i === 0 }));
  }
}
