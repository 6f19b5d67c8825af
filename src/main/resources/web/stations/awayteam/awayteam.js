// Away team: the deck plan as the suits' schematics know it, the members in their suits, and their
// orders. Select a member (1–7, or tap), tap a room to walk there; open or force the doors of the
// room they stand in, search it, carry a captive, regroup, return to the airlock, and put a hand on
// the self-destruct console of an enemy bridge. Suit comms log what the team did and found, and carry
// the team's words to the ship and back (type under the log, Enter sends).
import { h, setText } from '../../shared/dom.js';
import { button, panel } from '../../shared/widgets.js';
import { toast } from '../../shared/toast.js';
import { DeckMap, DOOR_COLOURS } from './deck-map.js';
import { memberCards, clock } from './member-cards.js';
import { suitComms } from './suit-comms.js';
import { doorButtons } from './door-buttons.js';
import { radioBox } from '../../shared/suit-radio.js';

const FORCE_SECONDS = { CLOSED: 1, LOCKED: 8, JAMMED: 15 }; // as the server's DoorRules

function loadStyle() {
  if (document.getElementById('awayteam-style')) return;
  document.head.append(h('link#awayteam-style', { rel: 'stylesheet', href: '/stations/awayteam/awayteam.css' }));
}

export function create({ send, readOnly }) {
  loadStyle();
  let view = null;
  let seat = null; // the joined client, for welcome.you
  const selected = new Set();
  let shownShip = null; // ship whose deck plan is drawn
  let followShip = null; // the primary member's ship when last drawn: the map follows them across

  const interior = () => view?.interior;
  const members = () => Object.entries(interior()?.members ?? {}).map(([id, m]) => ({ id: Number(id), ...m }));
  const living = () => members().filter((m) => m.alive);
  const primary = () => living().find((m) => selected.has(m.id)) ?? null;
  const chosenIds = () => living().filter((m) => selected.has(m.id)).map((m) => m.id);
  const shipNames = () => Object.fromEntries(Object.entries(interior()?.ships ?? {}).map(([id, s]) => [id, s.name]));
  const needSelection = () => { if (!chosenIds().length) { toast('Select a member first (keys 1–7, or tap a card)', 'warn'); return false; } return true; };

  function select(id, only = true) {
    if (only) selected.clear();
    selected.add(id);
    followShip = null;
    refresh();
  }
  function selectAll() { selected.clear(); for (const m of living()) selected.add(m.id); followShip = null; refresh(); }

  // --- the map
  const canvas = h('canvas.aw-map#awayteam-map', { 'aria-label': 'Deck plan: tap a room to send the selected members there' });
  const map = new DeckMap(canvas, {
    onPick: (x, y, roomId) => {
      if (readOnly) return;
      if (!roomId) { toast('That is outside every room', 'warn', 2); return; }
      if (!needSelection()) return;
      send('MoveTo', { memberIds: chosenIds().join(','), targetShipId: Number(shownShip), x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
    },
    onPickMember: (id) => select(id),
  });
  const shipTabs = h('div.row.aw-ship-tabs.nav-allowed');
  const mapHint = h('span.hint#awayteam-map-hint', '');
  const legend = h('div.aw-legend', ...Object.entries(DOOR_COLOURS).map(([state, colour]) =>
    h('span', h('i', { style: { background: colour } }), state.toLowerCase())),
  h('span', h('i.aw-unknown'), 'unknown'), h('span', h('i.aw-lit'), 'lit'), h('span', h('i.aw-dark'), 'dark'),
  h('span', '✝ bodies'), h('span', h('i', { style: { background: '#ffd75e' } }), 'captive'), h('span', h('i.aw-stranger'), 'stranger'));
  const mapPanel = panel('Deck plan', shipTabs, canvas, h('div.row', mapHint), legend);
  mapPanel.el.classList.add('grow');

  const comms = suitComms(() => seat?.you);
  const radio = radioBox({ send, readOnly, placeholder: 'To the ship (Enter sends)…', idPrefix: 'awayteam-radio',
    quick: [{ text: 'Copy that' }, { text: 'Back at the airlock' }] });
  const commsPanel = panel('Suit comms', comms.el, radio.el);
  commsPanel.el.classList.add('aw-comms-panel');

  // --- team
  const cards = memberCards({
    onSelect: (id) => select(id),
    onTorch: (id) => { const m = interior()?.members?.[id]; if (m && !readOnly) send('SetTorch', { memberId: id, on: !m.torch }); },
  });
  const allButton = button('ALL', { key: 'A', onClick: selectAll, cls: 'btn-small' });
  const teamPanel = panel('Away team', cards.el, h('div.row', allButton));

  // --- orders
  const search = button('SEARCH ROOM', { key: 'F', onClick: () => { if (needSelection()) for (const id of chosenIds()) send('SearchRoom', { memberId: id }); } });
  search.id = 'awayteam-search';
  const carry = button('CARRY CAPTIVE', { key: 'C', onClick: () => carryOrDrop() });
  carry.id = 'awayteam-carry';
  const regroup = button('REGROUP', { key: 'R', onClick: () => send('Regroup') });
  regroup.id = 'awayteam-regroup';
  const home = button('RETURN TO AIRLOCK', { key: 'B', onClick: () => { if (needSelection()) send('ReturnToAirlock', { memberIds: chosenIds().join(',') }); } });
  home.id = 'awayteam-return';
  const torchAll = button('TORCH', { key: 'T', onClick: () => { for (const id of chosenIds()) send('SetTorch', { memberId: id, on: !interior().members[id].torch }); } });
  const doors = doorButtons({ send, readOnly });
  const ordersPanel = panel('Orders', h('div.row', search, carry, torchAll), doors.el, h('div.row', regroup, home));

  // --- self-destruct console and docking
  const consoleState = h('div.aw-console-state#awayteam-console-state', 'No member at an enemy console.');
  const confirm = button('CONFIRM SELF-DESTRUCT', { key: 'K', onClick: () => consoleOrder('ConfirmSelfDestruct'), cls: 'btn-danger' });
  confirm.id = 'awayteam-confirm-sd';
  const abort = button('ABORT', { key: 'X', onClick: () => consoleOrder('AbortSelfDestruct') });
  abort.id = 'awayteam-abort-sd';
  const docking = h('div.aw-docking#awayteam-docking', '—');
  const consolePanel = panel('Console and airlock', consoleState, h('div.row', confirm, abort), docking);

  function carryOrDrop() {
    const m = primary();
    if (!m) { needSelection(); return; }
    if (m.carrying !== undefined) { send('CarryCaptive', { memberId: m.id, captiveId: -1 }); return; }
    const c = captiveHere(m);
    if (c) send('CarryCaptive', { memberId: m.id, captiveId: c.id });
    else toast('No found captive in this room: search it first', 'warn');
  }
  function captiveHere(m) {
    return Object.entries(interior()?.captives ?? {}).map(([id, c]) => ({ id: Number(id), ...c }))
      .find((c) => c.alive && !c.rescued && c.carriedBy === undefined && c.shipId === m.shipId && c.room === m.room);
  }
  /** A living member (selected ones first) standing at the console of another ship with a self-destruct. */
  function atConsole() {
    const team = interior()?.teamShipId;
    const candidates = [...living().filter((m) => selected.has(m.id)), ...living()];
    for (const m of candidates) {
      const ship = interior()?.ships?.[m.shipId];
      if (m.shipId === team || m.inTransit || !ship?.selfDestruct) continue;
      if (ship.rooms?.[m.room]?.console) return { member: m, ship, shipId: m.shipId };
    }
    return null;
  }
  function consoleOrder(type) {
    const at = atConsole();
    if (!at) { toast('Nobody stands at an enemy bridge console', 'warn'); return; }
    send(type, { targetShipId: at.shipId, memberAtConsole: at.member.id });
  }

  const el = h('div', h('div.col', mapPanel.el, commsPanel.el), h('div.col', teamPanel.el, ordersPanel.el, consolePanel.el));
  el.dataset.station = 'awayteam';

  function refresh() {
    const v = interior();
    if (!v) {
      setText(mapHint, 'No deck plans in this scenario.');
      return;
    }
    for (const id of [...selected]) if (!v.members[id]?.alive) selected.delete(id);
    if (!selected.size && living().length) selected.add(living()[0].id);
    const p = primary();
    const ships = Object.keys(v.ships);
    // follow the primary member across the airlocks; otherwise keep what the player chose
    if (p && !p.inTransit && followShip !== p.shipId) { shownShip = String(p.shipId); followShip = p.shipId; }
    if (!ships.includes(String(shownShip))) shownShip = ships.includes(String(v.teamShipId)) ? String(v.teamShipId) : ships[0];
    const tabKey = ships.map((id) => `${id}:${v.ships[id].name}`).join() + `|${shownShip}`;
    if (shipTabs.dataset.key !== tabKey) {
      shipTabs.dataset.key = tabKey;
      shipTabs.replaceChildren(...ships.map((id) => h(`button.btn.btn-small.tab.nav-allowed${id === String(shownShip) ? '.on' : ''}`,
        { type: 'button', dataset: { shipId: id }, onclick: () => { shownShip = id; refresh(); } },
        `${v.ships[id].name.toUpperCase()}${v.ships[id].own ? ' (OURS)' : ''}`)));
    }
    canvas.dataset.shipId = shownShip ?? '';
    const names = chosenIds().map((id) => v.members[id].name);
    setText(mapHint, readOnly ? 'Watching the away team.' : names.length ? `Tap a room to send ${names.join(', ')} there.` : 'Select a member (1–7), then tap a room.');
    cards.update(v, selected, shipNames());
    doors.update(v, p, FORCE_SECONDS);
    const busy = !p || p.inTransit;
    search.disabled = readOnly || busy;
    carry.disabled = readOnly || busy || (p.carrying === undefined && !captiveHere(p));
    setText(carry.querySelector('.btn-text'), p?.carrying !== undefined ? 'PUT DOWN' : 'CARRY CAPTIVE');
    regroup.disabled = readOnly || living().length < 2;
    home.disabled = readOnly || !p;
    torchAll.disabled = readOnly || !p;
    updateConsole(v);
    updateDocking(v);
  }

  function updateConsole(v) {
    const at = atConsole();
    // an armed ship's console we have seen stays in the picture even after the team left it
    const watched = at?.ship ?? Object.values(v.ships).find((s) => !s.own && s.selfDestruct?.armed);
    const sd = watched?.selfDestruct;
    let text = 'No member at an enemy console.';
    let tone = '';
    if (sd?.armed) { text = `${watched.name}: SELF-DESTRUCT ARMED — ${clock(sd.secondsLeft)}`; tone = 'bad'; }
    else if (at) text = `${at.member.name} is at the console of ${at.ship.name}: self-destruct safe`;
    if (sd?.waitingToArm) text += ` · ${sd.waitingToArm} hand${sd.waitingToArm > 1 ? 's' : ''} on ARM, waiting for a second`;
    if (sd?.waitingToAbort) text += ` · ${sd.waitingToAbort} hand on ABORT, waiting for a second`;
    setText(consoleState, text);
    consoleState.dataset.tone = tone;
    consoleState.dataset.armed = String(Boolean(sd?.armed));
    confirm.disabled = readOnly || !at || Boolean(at.ship.selfDestruct?.armed);
    abort.disabled = readOnly || !at || !at.ship.selfDestruct?.armed;
  }

  function updateDocking(v) {
    const host = v.dockedTo;
    const own = v.ships[v.teamShipId];
    let text;
    if (host !== undefined) text = `Docked with ${v.ships[host]?.name ?? `ship ${host}`}: the airlocks are joined (5 s crossing).`;
    else if (Object.keys(v.ships).length > 1) text = 'Not docked, but within 200 m: crossing means a spacewalk.';
    else text = `${own?.name ?? 'The ship'} is not docked: helm must dock before the team can cross.`;
    setText(docking, text);
    docking.dataset.docked = String(host !== undefined);
  }

  const numberKeys = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), () => { const m = members()[n - 1]; if (m?.alive) select(m.id); }]));
  return {
    el,
    keys: readOnly ? {} : {
      ...numberKeys, a: selectAll, f: () => search.click(), c: () => carry.click(), r: () => regroup.click(), b: () => home.click(),
      t: () => torchAll.click(), o: () => doors.first('OPEN'), g: () => doors.first('FORCE'), k: () => confirm.click(), x: () => abort.click(),
    },
    attach(client) { seat = client; },
    update(v) { view = v; refresh(); },
    animate(v) { if (v?.interior && shownShip !== null) map.draw(v.interior, shownShip, selected); },
    event(ev) { comms.event(ev, () => view); },
    rejected(reason) { comms.add(`Refused: ${reason}`, 'bad'); },
  };
}
