// Observer: watches any ship of the game through one read-only OBSERVER seat (its view carries every
// station's sections) and shows any station's screen of that ship with every control hidden. It sends
// no commands; switching ship takes a new observer seat on that ship (allowed by protocol §5).
import { h } from '../../shared/dom.js';
import { STATIONS } from '../../shared/stations.js';
import { topbar } from '../../shared/topbar.js';
import { createStation, runStation } from '../../shared/station-page.js';

const VIEWS = ['captain', 'helm', 'weapons', 'engineering', 'science', 'comms', 'awayteam', 'viewscreen'];

export async function start(app, params) {
  const q = new URLSearchParams(location.search);
  const viewName = VIEWS.includes(q.get('view')) ? q.get('view') : 'captain';
  const navigate = (changes) => {
    const next = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    location.search = next.toString(); // a fresh page: one socket, one seat at a time
  };

  let ships = [];
  try {
    const games = await (await fetch('/api/games')).json();
    ships = games.find((g) => g.id === params.gameId)?.ships ?? [];
  } catch { /* the picker just shows the current ship */ }
  const shipPicker = h('select.text-input.nav-allowed#observer-ship', { onchange: (e) => navigate({ ship: e.target.value }), 'aria-label': 'Ship to watch' },
    ...(ships.length ? ships : [{ id: params.shipId, name: `ship ${params.shipId}` }]).map((s) => h('option', { value: s.id, selected: s.id === params.shipId }, `${s.name}${s.player === false ? ' (AI)' : ''}`)));
  const tabs = h('nav.tabs.nav-allowed', h('strong', { style: { marginRight: '8px' } }, 'WATCH'), shipPicker,
    ...VIEWS.map((v) => h(`button.btn.tab.nav-allowed${v === viewName ? '.on' : ''}`, { type: 'button', onclick: () => navigate({ view: v }), dataset: { view: v } }, STATIONS[v].title.toUpperCase())),
    h('span.hint', { style: { marginLeft: 'auto' } }, 'Read-only: the observer touches nothing.'));

  const ui = await createStation(STATIONS[viewName], { readOnly: true });
  const bar = topbar(`Observer · ${STATIONS[viewName].title}`, { onLeave: () => { client.leave(); location.href = '/'; } });
  app.append(bar.el, tabs, ui.el);
  ui.el.dataset.observing = viewName;
  // observers never bind shortcut keys: a stray key must not look like it did something
  const client = runStation(ui, 'OBSERVER', { ...params, name: params.name || 'observer', bar, bindKeys: false, announceEvents: false });
}
