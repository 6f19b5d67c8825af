// The lobby: create a game from a scenario, list games with their ships and free seats, join a seat
// with a name (and the crew code), and show each seat's short link as a QR code for tablets.
// REST per docs/protocol.md §7. Crew codes are shown to the creator only, so they are kept in this
// browser's localStorage under the game id.
import { h } from '../shared/dom.js';
import { toast } from '../shared/toast.js';
import { STATIONS, stationUrl } from '../shared/stations.js';
import { NAME_KEY } from '../shared/params.js';
import { encodeQr, drawQr } from './qr.js';

const root = document.getElementById('lobby');
const codesKey = (gameId) => `starbridge.codes.${gameId}`;
const storedCodes = (gameId) => JSON.parse(localStorage.getItem(codesKey(gameId)) ?? 'null');
const SEATS = ['captain', 'helm', 'weapons', 'engineering', 'science', 'comms', 'viewscreen'];
const COMBINED = [['pilot', 'Pilot (helm+weapons)'], ['ops', 'Ops (eng sci comms capt)'], ['solo', 'Single pilot']];

const nameInput = h('input.text-input#lobby-name', { type: 'text', maxLength: 40, placeholder: 'Your name', value: localStorage.getItem(NAME_KEY) ?? '' });
nameInput.addEventListener('change', () => localStorage.setItem(NAME_KEY, nameInput.value.trim()));
const scenarioSelect = h('select.text-input#lobby-scenario', h('option', { value: 'strike' }, 'strike'));
const drillSelect = h('select.text-input#lobby-drill', h('option', { value: '' }, 'No drill: play the mission'));
const seedInput = h('input.text-input', { type: 'number', placeholder: 'random', style: { width: '100%' } });
const openInput = h('input', { type: 'checkbox', style: { width: '28px', height: '28px' } });
const created = h('div');
const gamesBox = h('div.col#lobby-games');
const savesBox = h('div.col#lobby-saves');

root.append(
  h('div.col',
    h('section.panel', h('h2.panel-title', 'You'), h('label', 'Name shown to the crew', nameInput),
      h('div.hint', 'Tablets: open this lobby through this machine\'s network address (not localhost) so the QR links work on other devices.')),
    h('section.panel', h('h2.panel-title', 'New game'), h('label', 'Scenario', scenarioSelect),
      h('label', 'Or drill it (runs again and again, each measured)', drillSelect), h('label', 'Seed (optional)', seedInput),
      h('label', { style: { flexDirection: 'row', alignItems: 'center', gap: '10px' } }, openInput, 'Open game (no crew codes)'),
      h('button.btn.btn-primary#lobby-create', { type: 'button', onclick: createGame }, 'CREATE GAME'), created),
    h('section.panel', h('h2.panel-title', 'Saved games'), savesBox)),
  h('section.panel', h('h2.panel-title', 'Games'), gamesBox));

async function loadScenarios() {
  try {
    const list = await (await fetch('/api/scenarios')).json();
    scenarioSelect.replaceChildren(...list.map((s) => h('option', { value: s.id, title: s.description }, `${s.id} — ${s.description}`)));
  } catch { /* keep the built-in default */ }
}

async function loadDrills() {
  try {
    const list = await (await fetch('/api/drills')).json();
    drillSelect.append(...list.map((d) => h('option', { value: d.id, title: d.title }, `${d.id} — ${d.title}`)));
  } catch { /* no drills offered */ }
}

async function createGame() {
  const body = drillSelect.value ? { drill: drillSelect.value, open: openInput.checked } : { scenario: scenarioSelect.value, open: openInput.checked };
  if (seedInput.value !== '') body.seed = Number(seedInput.value);
  const res = await fetch('/api/games', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) { toast(`Could not create the game: ${answer.error ?? res.status}`, 'error'); return; }
  showCreated(answer);
}

/** Keeps a new game's codes in this browser and shows them to its creator (the only time they are sent). */
function showCreated(answer) {
  localStorage.setItem(codesKey(answer.id), JSON.stringify({ crewCodes: answer.crewCodes ?? {}, gameMasterCode: answer.gameMasterCode }));
  created.replaceChildren(h('div.codes', `Game ${answer.id}`, h('br'),
    ...Object.entries(answer.crewCodes ?? {}).map(([ship, code]) => h('div', `ship ${ship} crew code: ${code}`)),
    answer.gameMasterCode ? h('div', `game master code: ${answer.gameMasterCode}`) : null),
  h('div.hint', 'Only this browser sees these codes: share the ship code with its crew.'));
  toast(answer.loadedFrom ? `Game ${answer.id} loaded from ${answer.loadedFrom}, paused: the game master resumes it` : `Game ${answer.id} created`, 'good');
  refresh();
}

async function loadSave(name) {
  const res = await fetch(`/api/saves/${encodeURIComponent(name)}/load`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ open: openInput.checked }) });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) { toast(`Could not load ${name}: ${answer.error ?? res.status}`, 'error'); return; }
  showCreated(answer);
}

async function refreshSaves() {
  let saves;
  try { saves = await (await fetch('/api/saves')).json(); } catch { return; }
  savesBox.replaceChildren(...(saves.length ? saves.map((s) => h('div.row.save', { dataset: { save: s.name } },
    h('strong.grow', s.name), h('span.hint', `${s.scenario} · seed ${s.seed} · ${formatTick(s.tick)}${s.outcome ? ` · ${s.outcome}` : ''}`),
    h('button.btn.btn-small', { type: 'button', onclick: () => loadSave(s.name), title: 'Start this save again as a new game (paused)' }, 'LOAD')))
    : [h('div.hint', 'No saved games. A game master saves a running game from the game-master station (needs the server\'s --data).')]));
}

/** A tick count as mission time, m:ss (60 ticks a second). */
function formatTick(tick) {
  const s = Math.floor(tick / 60);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function showQr(url, title) {
  const canvas = h('canvas');
  try { drawQr(canvas, encodeQr(url, url.length > 100 ? 'L' : 'M'), 8); } catch (e) { toast(e.message, 'error'); return; }
  const modal = h('div.qr-modal', { onclick: () => modal.remove() },
    h('div.qr-card', { onclick: (e) => e.stopPropagation() }, h('h2', title), canvas, h('a', { href: url }, url),
      h('button.btn', { type: 'button', onclick: () => modal.remove() }, 'CLOSE')));
  document.body.append(modal);
}

/** A seat link with the name and code the user typed; the code also accepts `?c=` from the QR. */
function seatLink(game, shipId, station, code) {
  const url = stationUrl(location.origin, { station, gameId: game.id, shipId, code });
  const name = nameInput.value.trim();
  return name ? `${url}&n=${encodeURIComponent(name)}` : url;
}

function renderGame(game, codeInput) {
  const codes = storedCodes(game.id);
  const code = () => codeInput.value.trim();
  const taken = new Map(game.stations.map((s) => [`${s.shipId}:${s.role}`, s]));
  const shipBlocks = game.ships.map((ship) => {
    const seats = ship.player ? SEATS.map((station) => {
      const who = taken.get(`${ship.id}:${STATIONS[station].role}`);
      const open = () => { location.href = seatLink(game, ship.id, station, code() || codes?.crewCodes?.[ship.id]); };
      return h(`div.seat${who && station !== 'viewscreen' ? '.taken' : ''}`, { dataset: { station, shipId: ship.id } },
        h('button.btn', { type: 'button', onclick: open, title: `Join as ${STATIONS[station].title}` },
          h('span', STATIONS[station].title, who ? h('span.seat-who', `${who.name}${who.connected ? '' : ' (away)'}`) : null)),
        h('button.btn.qr', { type: 'button', title: 'QR code of this seat', onclick: () => showQr(stationUrl(location.origin, { station, gameId: game.id, shipId: ship.id, code: code() || codes?.crewCodes?.[ship.id] }), `${ship.name} · ${STATIONS[station].title}`) }, 'QR'));
    }) : [];
    const combined = ship.player ? COMBINED.map(([id, title]) => h('div.seat', h('button.btn', { type: 'button', onclick: () => { location.href = seatLink(game, ship.id, id, code() || codes?.crewCodes?.[ship.id]); } }, title))) : [];
    const observe = h('div.seat', h('button.btn', { type: 'button', dataset: { observe: ship.id }, onclick: () => { location.href = seatLink(game, ship.id, 'observer', code() || codes?.crewCodes?.[ship.id] || codes?.gameMasterCode); } }, `Observe ${ship.name}`));
    return h('div.ship-block', h('strong', `${ship.name} ${ship.player ? '' : '(AI)'}`), h('div.seat-grid', ...seats, ...combined, observe));
  });
  return h('article.game', { dataset: { gameId: game.id } },
    h('div.game-head', h('h3', game.id), h('span', game.drill ? `drill ${game.drill} (${game.scenario})` : game.scenario), h('span.hint', `tick ${game.tick}`),
      game.paused ? h('span.chip', { dataset: { tone: 'warn' } }, 'PAUSED') : null, game.outcome ? h('span.chip', { dataset: { tone: 'bad' } }, game.outcome) : null,
      game.open ? h('span.tag', 'open') : h('label', { style: { flexDirection: 'row', alignItems: 'center' } }, 'crew code ', codeInput),
      h('button.btn.btn-small', { type: 'button', onclick: () => { location.href = seatLink(game, game.ships[0]?.id ?? 1, 'gm', codes?.gameMasterCode ?? ''); } }, 'GAME MASTER')),
    ...shipBlocks);
}

const codeInputs = new Map(); // survive the periodic refresh so typing is not lost
async function refresh() {
  let games;
  try { games = await (await fetch('/api/games')).json(); } catch { gamesBox.replaceChildren(h('div.hint', 'Server unreachable…')); return; }
  refreshSaves();
  if (document.activeElement?.closest?.('#lobby-games')) return; // do not redraw under the user's finger
  gamesBox.replaceChildren(...(games.length ? games.map((g) => {
    if (!codeInputs.has(g.id)) codeInputs.set(g.id, h('input.text-input', { type: 'text', maxLength: 32, placeholder: 'code', style: { width: '8em', minHeight: '44px' }, value: storedCodes(g.id)?.crewCodes ? Object.values(storedCodes(g.id).crewCodes)[0] ?? '' : '' }));
    return renderGame(g, codeInputs.get(g.id));
  }) : [h('div.hint', 'No games yet: create one.')]));
}

loadScenarios();
loadDrills();
refresh();
setInterval(refresh, 3000);
