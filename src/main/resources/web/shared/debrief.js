// The debrief every station shows once the mission has an outcome (view section `debrief`, protocol
// §4.5): the outcome in large type, the drill timings, the hits on the target's subsystems, the
// damage taken, and where each away-team member ended up. DISMISS hides it (the outcome banner in
// the top bar brings it back); the lobby link leaves the game page.
import { h } from './dom.js';

const OUTCOMES = {
  victory: ['VICTORY', 'good', 'The enemy is destroyed and everyone came home.'],
  partial: ['PARTIAL VICTORY', 'warn', 'The enemy is destroyed, but not everyone came home.'],
  defeat: ['DEFEAT', 'bad', 'Our ship was destroyed.'],
  escaped: ['THE ENEMY ESCAPED', 'bad', 'It jumped away into hyperspace.'],
  derelict: ['DERELICT', 'good', 'The enemy is a dead hull: no power, no drive, no weapons.'],
};

/** Drill figures in the order a crew lives them, with words a crew uses. */
const FIGURES = [
  ['jumpMs', 'Jump: start → drop'],
  ['dropToCloakMs', 'Drop → cloak'],
  ['dropToScanMs', 'Drop → target scanned'],
  ['dropToExecuteMs', 'Drop → weapons released'],
  ['executeToFirstShotMs', 'Release → first shot'],
  ['executeToCriticalsMs', 'Release → criticals destroyed'],
  ['dropToDerelictMs', 'Drop → derelict'],
  ['dockToBridgeMs', 'Docked → on the enemy bridge'],
  ['confirmToDetonationMs', 'First hand on the self-destruct → blast'],
  ['evacuationMarginMs', 'Countdown left when all were home'],
  ['confirmToEvacuatedMs', 'First hand on the self-destruct → all home, undocked'],
];

/** Milliseconds as a drill time: "2.350 s" under a minute, "10:02.3" above. */
export function drillTime(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(3)} s`;
  const m = Math.floor(ms / 60_000);
  const s = (ms - m * 60_000) / 1000;
  return `${m}:${s < 10 ? '0' : ''}${s.toFixed(1)}`;
}

const tone = (percent) => (percent <= 0 ? 'bad' : percent < 50 ? 'warn' : 'good');

function row(label, value, toneName) {
  return h('div.readout', h('span.readout-label', label), h('span.readout-value', { dataset: { tone: toneName ?? '' } }, value));
}

function timings(d) {
  const figures = d.figures ?? {};
  const rows = FIGURES.filter(([k]) => figures[k] !== undefined).map(([k, text]) => row(text, drillTime(figures[k])));
  if (!rows.length) rows.push(h('div.hint', 'No drill figures: the mission ended before its first beat.'));
  rows.push(row('Mission time', drillTime(d.missionMs ?? 0)));
  const reactions = stationReactions(figures);
  if (reactions.length) rows.push(h('div.hint', 'Each station\'s own reaction, measured on its screen:'), ...reactions);
  return h('section.debrief-box', h('h3', 'TIMINGS'), ...rows);
}

/** Words for the cue events a station reacts to (server StationReactions.CUES). */
const CUES = {
  JumpSpooled: 'drive spooled', JumpCompleted: 'the drop', ScanCompleted: 'scan complete',
  WeaponsReleased: 'weapons released', Docked: 'docked', SelfDestructConfirmed: 'first confirmation',
  SelfDestructArmed: 'countdown started',
};

const REACTION = /^([a-z][A-Za-z]*)ReactionTo([A-Za-z]+)Ms$/;

/**
 * A figure's name in a crew's words: "Drop → cloak", "Engineering ← the drop" for a station's own
 * reaction time (`engineeringReactionToJumpCompletedMs`), else the name itself.
 */
export function figureLabel(name) {
  const known = FIGURES.find(([k]) => k === name);
  if (known) return known[1];
  const m = REACTION.exec(name);
  if (!m) return name;
  const role = m[1].replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
  return `${role} ← ${CUES[m[2]] ?? m[2]}`;
}

/** Rows for figures named `<role>ReactionTo<Event>Ms`: "Engineering ← the drop  0.187 s". */
function stationReactions(figures) {
  return Object.entries(figures).filter(([k]) => REACTION.test(k)).map(([k, ms]) => row(figureLabel(k), drillTime(ms)));
}

function target(d) {
  const t = d.target;
  if (!t) return null;
  const subs = Object.entries(t.subsystems ?? {}).sort(([, a], [, b]) => Number(b.critical) - Number(a.critical));
  return h('section.debrief-box', h('h3', `HITS ON ${String(t.name).toUpperCase()}`),
    row('Hull', t.destroyed ? 'DESTROYED' : `${t.hullPercent}%`, t.destroyed ? 'good' : ''),
    ...subs.map(([id, s]) => h('div.debrief-sub', { dataset: { subsystem: id } },
      h(`span.tag${s.critical ? '.critical' : '.secondary'}`, s.critical ? 'CRIT' : 'SEC'),
      h('span.debrief-sub-name', s.name),
      h('span.debrief-sub-hits', `${s.hits} hit${s.hits === 1 ? '' : 's'}`),
      h('span.readout-value', { dataset: { tone: s.destroyed ? 'good' : '' } }, s.destroyed ? 'DOWN' : `${s.healthPercent}%`))),
    t.hullHits ? row('Hits on the bare hull', String(t.hullHits)) : null);
}

function damage(d) {
  const g = d.damage;
  if (!g) return null;
  const subs = Object.entries(g.subsystemsPercent ?? {});
  return h('section.debrief-box', h('h3', 'DAMAGE TAKEN'),
    row('Hull left', g.destroyed ? 'DESTROYED' : `${g.hullPercent}%`, g.destroyed ? 'bad' : tone(g.hullPercent)),
    row('Hits taken', String(g.hitsTaken)),
    row('Hull damage', `${Math.round(g.hullTaken)} hp`),
    row('Absorbed by shields', `${Math.round(g.shieldAbsorbed)} hp`),
    ...subs.map(([id, p]) => row(`  ${id}`, `${p}%`, tone(p))));
}

function crew(d) {
  const c = d.crew;
  const members = Object.values(c?.members ?? {});
  if (!members.length) return null;
  return h('section.debrief-box', h('h3', `AWAY TEAM — ${c.lost ? `${c.lost} LOST` : 'ALL ALIVE'}`),
    ...members.map((m) => h('div.debrief-member', { dataset: { alive: String(m.alive) } },
      h('strong', m.name),
      h('span', m.alive ? `${m.shipName ?? 'ship ' + m.shipId} · ${m.room}` : `LOST (${m.cause ?? 'killed'}) · ${m.shipName ?? 'ship ' + m.shipId} · ${m.room}`))));
}

/** Seconds between the outcome and the overlay: the blast and the alarm come first. */
export const DEBRIEF_DELAY_MS = 6000;

/** The overlay; `update(view)` every view, `open()` to show it again after DISMISS. */
export function createDebrief({ delayMs = DEBRIEF_DELAY_MS } = {}) {
  let dismissed = false;
  let firstSeen = 0; // when this page first saw the outcome
  let timer = null;
  let key = '';
  const body = h('div.debrief-body');
  const dismiss = h('button.btn.btn-primary.nav-allowed', { type: 'button', onclick: () => { dismissed = true; el.hidden = true; } }, 'DISMISS');
  const el = h('div.debrief', { hidden: true, role: 'dialog', 'aria-label': 'Mission debrief' },
    h('div.debrief-panel', body,
      h('div.row.debrief-actions', dismiss, h('a.btn.nav-allowed', { href: '/' }, 'BACK TO THE LOBBY'))));
  document.body.append(el);

  return {
    el,
    open() { dismissed = false; key = ''; firstSeen = 1; },
    update(view) {
      const d = view?.debrief;
      if (!d) { el.hidden = true; firstSeen = 0; return; }
      if (!firstSeen) {
        firstSeen = performance.now();
        // views stop changing once the game is over: wake up once more when the delay is up
        timer = setTimeout(() => this.update(view), delayMs + 50);
      }
      if (performance.now() - firstSeen < delayMs) return;
      clearTimeout(timer);
      el.hidden = dismissed;
      const nextKey = JSON.stringify(d);
      if (nextKey === key || dismissed) return;
      key = nextKey;
      const [title, toneName, line] = OUTCOMES[d.outcome] ?? [String(d.outcome).toUpperCase(), 'warn', ''];
      body.replaceChildren(
        h('div.debrief-outcome', { dataset: { tone: toneName, outcome: d.outcome } }, title),
        h('div.debrief-line', line),
        h('div.debrief-grid', timings(d), target(d), damage(d), crew(d)));
    },
  };
}
