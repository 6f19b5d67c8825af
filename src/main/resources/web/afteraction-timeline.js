// The run's timeline (events and each station's actions, merged by tick, filterable by source), hits
// per target subsystem, damage taken with the hull over time, and who was where. Data: the run's
// /api/runs/{id}/timeline. Clicking an entry moves the replay there.
import { h } from './shared/dom.js';
import { km } from './shared/format.js';
import { drillTime } from './shared/debrief.js';

const words = (camel) => camel.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());

/** One event in a crew's words; tone marks good and bad news for the player ship. */
function describe(ev, t) {
  const f = ev.fields ?? {};
  const name = (id) => t.ships?.[id] ?? `ship ${id}`;
  const own = (id) => id === t.playerShipId;
  switch (ev.kind) {
    case 'JumpStarted': return [`${name(f.shipId)} jumped`];
    case 'JumpSpooled': return [`${name(f.shipId)}: jump drive spooled`];
    case 'JumpCompleted': return [`${name(f.shipId)} dropped out of hyperspace${f.scatterMetres !== undefined ? `, ${km(f.scatterMetres)} from the aim point` : ''}`];
    case 'CloakEngaged': return [`${name(f.shipId)} cloaked`, own(f.shipId) ? 'good' : 'bad'];
    case 'CloakDisengaged': return [`${name(f.shipId)} decloaked (${f.reason})`];
    case 'ScanCompleted': return [`${name(f.observerId)} scanned ${name(f.targetId)}`];
    case 'WeaponsReleased': return [f.released ? `${name(f.shipId)}: WEAPONS RELEASED` : `${name(f.shipId)}: weapons held`];
    case 'SubsystemDestroyed': return [`${name(f.shipId)}: ${f.subsystemId} destroyed${f.critical ? ' (critical)' : ''}`, own(f.shipId) ? 'bad' : 'good'];
    case 'BecameDerelict': return [`${name(f.shipId)} is a derelict`, own(f.shipId) ? 'bad' : 'good'];
    case 'ShipDestroyed': return [`${name(f.shipId)} destroyed`, own(f.shipId) ? 'bad' : 'good'];
    case 'Docked': return [`${name(f.shipId)} docked with ${name(f.hostId)}`];
    case 'Undocked': return [`${name(f.shipId)} undocked from ${name(f.hostId)}${f.leftBehind ? ` — ${f.leftBehind} left behind` : ''}`, f.leftBehind ? 'bad' : ''];
    case 'SelfDestructConfirmed': return [`${name(f.shipId)}: self-destruct ${f.abort ? 'abort' : 'confirmation'}`];
    case 'SelfDestructArmed': return [`${name(f.shipId)}: SELF-DESTRUCT ARMED`, 'bad'];
    case 'SelfDestructAborted': return [`${name(f.shipId)}: self-destruct aborted`];
    case 'SelfDestructDetonated': return [`${name(f.shipId)} blew up`, own(f.shipId) ? 'bad' : 'good'];
    case 'CaptiveFound': return [`Captive found in ${f.roomId}`, 'good'];
    case 'CaptiveRescued': return ['Captive brought aboard', 'good'];
    case 'CaptiveLost': return ['Captive lost', 'bad'];
    case 'BodyFound': return [`${f.bodies} bod${f.bodies === 1 ? 'y' : 'ies'} found in ${f.roomId}`];
    case 'MemberLost': return [`Away-team member ${f.memberId} lost (${f.cause})`, 'bad'];
    case 'DoorOpened': return [`Door ${f.doorId} ${f.forced ? 'forced' : 'opened'}`];
    case 'CommsMessage': return [`${f.channel}: "${f.text}"`];
    case 'CombatManeuverStarted': return [`${name(f.shipId)}: combat manoeuvre`];
    default: return [`${words(ev.kind)} ${JSON.stringify(f)}`];
  }
}

function entries(t) {
  const list = t.events.map((ev) => { const [text, tone] = describe(ev, t); return { tick: ev.tick, ms: ev.ms, source: 'event', text, tone }; });
  for (const a of t.actions) list.push({ tick: a.tick, ms: a.ms, source: a.role, text: `${words(a.type)}  · ${a.member}` });
  // the station's own time from seeing the event on its screen to the input (journal version 2)
  for (const r of t.reactions ?? []) list.push({ tick: r.tick, ms: r.ms, source: r.role,
    text: `reacted to ${words(r.event)} in ${(r.reactionMs / 1000).toFixed(3)} s on its screen` });
  return list.sort((a, b) => a.tick - b.tick);
}

export function timelinePanel(t, seek) {
  const all = entries(t);
  const list = h('div.aa-timeline#aa-timeline');
  const filters = h('div.aa-filters');
  let filter = 'all';
  const render = () => {
    list.replaceChildren(...all.filter((e) => filter === 'all' || (filter === 'event' ? e.source === 'event' : e.source === filter)).map((e) =>
      h('div.aa-entry', { dataset: { tick: e.tick, source: e.source === 'event' ? 'event' : 'action', tone: e.tone ?? '' }, onclick: () => seek(e.tick), title: `tick ${e.tick}` },
        h('span.t', drillTime(e.ms)), h('span.aa-role', { dataset: { role: e.source === 'event' ? 'event' : e.source } }, e.source === 'event' ? 'EVENT' : e.source.replace('_', ' ')), h('span', e.text))));
    if (!list.children.length) list.append(h('div.hint', 'Nothing to show.'));
    for (const b of filters.children) b.classList.toggle('on', b.dataset.filter === filter);
  };
  const roles = Object.entries(t.actionsByRole ?? {});
  for (const [id, label] of [['all', 'ALL'], ['event', 'EVENTS'], ...roles.map(([r, n]) => [r, `${r.replace('_', ' ')} ${n}`])])
    filters.append(h('button.btn', { type: 'button', dataset: { filter: id }, onclick: () => { filter = id; render(); } }, label));
  render();
  const notes = [t.eventsTruncated ? 'events' : null, t.actionsTruncated ? 'actions' : null].filter(Boolean);
  return {
    el: h('section.panel', h('h2.panel-title', `Timeline — ${t.events.length} events, ${t.actions.length} actions`), filters, list,
      notes.length ? h('div.hint', `Only the first entries of the ${notes.join(' and ')} are listed.`) : null),
    /** Dims what lies before the replay's tick. */
    at(tick) { for (const e of list.children) e.classList?.toggle('past', Number(e.dataset.tick) < tick); },
  };
}

function bar(label, n, max, critical) {
  return h('div.aa-bar', { dataset: { critical: Boolean(critical) } }, h('span', label),
    h('span.aa-bar-track', h('span.aa-bar-fill', { style: { width: `${max ? Math.round((n / max) * 100) : 0}%`, display: 'block' } })), h('span.n', String(n)));
}

export function damagePanel(t) {
  const d = t.debrief ?? {};
  const subs = Object.values(d.target?.subsystems ?? {});
  const maxHits = Math.max(1, ...subs.map((s) => s.hits), d.target?.hullHits ?? 0);
  const taken = Object.entries(t.hitsTaken ?? {});
  const hull = t.hull ?? [];
  const end = Math.max(1, t.endTick);
  const spark = `M${hull.map((p) => `${((p.tick / end) * 300).toFixed(1)},${(56 - (p.hullPercent / 100) * 52).toFixed(1)}`).join(' L')} L300,${(56 - ((hull.at(-1)?.hullPercent ?? 100) / 100) * 52).toFixed(1)}`;
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'aa-spark');
  svg.setAttribute('viewBox', '0 0 300 60');
  svg.setAttribute('preserveAspectRatio', 'none');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', spark);
  svg.append(path);
  return h('section.panel#aa-damage', h('h2.panel-title', `Hits on ${d.target?.name ?? 'the target'}`),
    subs.length ? subs.sort((a, b) => b.hits - a.hits).map((s) => bar(`${s.name}${s.destroyed ? ' ✕' : ''}`, s.hits, maxHits, s.critical)) : h('div.hint', 'No target in this run.'),
    d.target ? bar('Hull', d.target.hullHits ?? 0, maxHits, false) : null,
    h('h2.panel-title', 'Damage taken'),
    h('div.readout', h('span.readout-label', 'Hits taken'), h('span.readout-value', String(d.damage?.hitsTaken ?? 0))),
    h('div.readout', h('span.readout-label', 'Hull lost / shields absorbed'), h('span.readout-value', `${Math.round(d.damage?.hullTaken ?? 0)} / ${Math.round(d.damage?.shieldAbsorbed ?? 0)}`)),
    taken.length ? taken.map(([id, n]) => bar(id, n, Math.max(...taken.map(([, k]) => k)), false)) : null,
    h('div.hint', 'Own hull over the run'), svg);
}

export function whereaboutsPanel(t) {
  const members = (t.whereabouts ?? []).filter((m) => m.moves.length > 1);
  return h('section.panel#aa-whereabouts', h('h2.panel-title', 'Who was where'),
    members.length ? members.map((m) => h('div.aa-member', h('strong', m.name ?? `member ${m.memberId}`), ' ',
      h('span.aa-moves', m.moves.map((v) => `${drillTime(v.ms)} ${v.room} (${v.ship})`).join(' → '))))
      : h('div.hint', 'No boarding in this run: the away team stayed aboard.'));
}
