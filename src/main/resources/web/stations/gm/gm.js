// Game master: the truth of the world (every ship, cloaked or not), pause/resume, a message to every
// station, and spawning ships (click the map to place them). Uses `gm` actions (protocol §2).
import { h, setText } from '../../shared/dom.js';
import { button, panel } from '../../shared/widgets.js';
import { Radar } from '../../shared/radar.js';
import { km } from '../../shared/format.js';
import { topbar } from '../../shared/topbar.js';
import { runStation } from '../../shared/station-page.js';

const RANGES = [5000, 20000, 100000, 500000, 4000000];

export async function start(app, params) {
  let view = null;
  let rangeIndex = 4;
  let followId = null;
  let client = null;
  const gm = (action, fields) => client?.gm(action, fields);

  const canvas = h('canvas.radar', { 'aria-label': 'World map; click to choose the spawn point' });
  const spawnX = h('input.text-input', { type: 'number', step: '0.1', value: 0, style: { width: '7em' }, 'aria-label': 'spawn x km' });
  const spawnY = h('input.text-input', { type: 'number', step: '0.1', value: 0, style: { width: '7em' }, 'aria-label': 'spawn y km' });
  const radar = new Radar(canvas, {
    range: RANGES[rangeIndex],
    onPick: (x, y, id) => {
      if (id !== null) { followId = id; return; }
      spawnX.value = (x / 1000).toFixed(1); spawnY.value = (y / 1000).toFixed(1);
    },
  });
  const zoom = (d) => { rangeIndex = Math.max(0, Math.min(RANGES.length - 1, rangeIndex + d)); radar.range = RANGES[rangeIndex]; };
  const mapPanel = panel('World (truth) — click a ship to follow it, empty space to set the spawn point', canvas,
    h('div.row', h('button.btn', { type: 'button', onclick: () => zoom(-1) }, 'ZOOM IN'), h('button.btn', { type: 'button', onclick: () => zoom(1) }, 'ZOOM OUT'),
      h('button.btn', { type: 'button', onclick: () => { followId = null; } }, 'CENTRE 0,0')));
  mapPanel.el.classList.add('grow');

  const pauseButton = button('PAUSE', { key: 'Space', onClick: () => gm(view?.game?.paused ? 'resume' : 'pause') });
  pauseButton.id = 'gm-pause';
  const message = h('input.text-input', { type: 'text', maxLength: 200, placeholder: 'Message to every station', style: { flex: 1 } });
  const sendMessage = () => { if (message.value.trim()) { gm('message', { text: message.value.trim() }); message.value = ''; } };
  message.addEventListener('keydown', (e) => { if (e.key === 'Enter') sendMessage(); });
  const hull = h('select.text-input', ...['frigate', 'corvette', 'mothership'].map((x) => h('option', { value: x }, x)));
  // the view lists the classes this game knows (a mission file may add its own): offer those
  let hullChoices = '';
  const offerHulls = (ids) => {
    if (!Array.isArray(ids) || ids.join(',') === hullChoices) return;
    const chosen = hull.value;
    hull.replaceChildren(...ids.map((x) => h('option', { value: x }, x)));
    hull.value = ids.includes(chosen) ? chosen : (ids.includes('frigate') ? 'frigate' : ids[0]);
    hullChoices = ids.join(',');
  };
  const faction = h('input.text-input', { type: 'number', min: 0, max: 7, value: 1, style: { width: '5em' }, 'aria-label': 'faction' });
  const name = h('input.text-input', { type: 'text', maxLength: 40, value: 'Raider', style: { width: '9em' } });
  const spawn = () => gm('spawn', { hull: hull.value, x: Math.round(Number(spawnX.value) * 1000), y: Math.round(Number(spawnY.value) * 1000), faction: Number(faction.value), name: name.value || 'Ship' });
  const ships = h('div.list', { style: { maxHeight: '260px' } });
  // a save name is a file name on the server: lower-case letters, digits and dashes
  const saveName = h('input.text-input#gm-save-name', { type: 'text', maxLength: 40, pattern: '[a-z0-9][a-z0-9-]*', placeholder: 'save name, e.g. before-boarding', style: { flex: 1 } });
  const save = () => {
    const n = saveName.value.trim().toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '');
    if (n) { saveName.value = n; gm('save', { name: n }); }
  };
  const controls = h('div.col',
    panel('Game', h('div.row', pauseButton), h('div.row', message, button('SEND', { onClick: sendMessage })),
      h('div.row', saveName, button('SAVE', { onClick: save })), h('div.hint', 'A save appears in the lobby under Saved games, to start again later (paused).')).el,
    panel('Spawn', h('div.row', hull, h('label.hint', 'faction ', faction), name), h('div.row', h('label.hint', 'x km ', spawnX), h('label.hint', 'y km ', spawnY), button('SPAWN', { onClick: spawn, cls: 'btn-primary' }))).el,
    panel('Every ship', ships).el);
  const root = h('div.station', h('div.col', mapPanel.el), controls);
  root.dataset.station = 'gm';

  const bar = topbar('Game master', { onLeave: () => { client.leave(); location.href = '/'; } });
  app.append(bar.el, root);
  let listKey = '';
  const ui = {
    el: root,
    keys: { ' ': () => pauseButton.click() },
    update(v) {
      view = v;
      setText(pauseButton.querySelector('.btn-text'), v.game?.paused ? 'RESUME' : 'PAUSE');
      offerHulls(v.world?.hullClasses);
      const all = Object.entries(v.world?.ships ?? {});
      const key = all.map(([id, s]) => `${id}:${s.cloaked}:${s.destroyed}:${s.inHyperspace}:${Math.round(s.x / 1000)}:${Math.round(s.y / 1000)}`).join('|') + followId;
      if (key === listKey) return;
      listKey = key;
      ships.replaceChildren(...all.map(([id, s]) => h(`div.list-item${Number(id) === followId ? '.selected' : ''}`, { onclick: () => { followId = Number(id); }, dataset: { shipId: id } },
        h('strong.grow', `${s.name} (${s.hull ?? '?'})`), h('span.tag', `faction ${s.faction}`),
        s.cloaked ? h('span.tag', 'CLOAKED') : null, s.inHyperspace ? h('span.tag', 'HYPER') : null, s.destroyed ? h('span.tag.hostile', 'DESTROYED') : null,
        h('span', `${km(s.x)}, ${km(s.y)}`))));
    },
    animate(v) {
      const all = Object.entries(v?.world?.ships ?? {}).map(([id, s]) => ({ id: Number(id), ...s, radius: s.radius ?? (s.hull === 'mothership' ? 900 : 40), hostile: s.faction !== 0, destroyed: undefined }));
      const f = all.find((s) => s.id === followId);
      radar.draw({ own: { x: 0, y: 0, heading: 0 }, showOwn: false, centre: f ? { x: f.x, y: f.y } : { x: 0, y: 0 }, contacts: all.filter((s) => !s.inHyperspace), selectedId: followId,
        aim: { x: Number(spawnX.value) * 1000, y: Number(spawnY.value) * 1000 } });
    },
  };
  ui.setClient = () => {};
  client = runStation(ui, 'GAME_MASTER', { ...params, name: params.name || 'game master', bar });
}
