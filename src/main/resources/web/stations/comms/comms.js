// Comms: the mission briefing, the suit channel to the away team (type and Enter, or a quick call:
// keys 1–3) and a log of what happened — suit messages, game-master messages and ship events.
// Ship-to-ship hailing is not in the protocol yet.
import { h } from '../../shared/dom.js';
import { panel } from '../../shared/widgets.js';
import { missionPanel } from '../../shared/mission.js';
import { km, liveContacts } from '../../shared/format.js';
import { radioBox, speaker } from '../../shared/suit-radio.js';

const LOG_LIMIT = 200;
const QUICK_CALLS = [
  { text: 'Report status', key: '1' },
  { text: 'Return to the airlock', key: '2' },
  { text: 'Self-destruct armed — get out', key: '3' },
];

/** One log line per event kind worth reading later; null for the ones that only drive cues. */
function describe(ev, names, ownId, you) {
  const n = (id) => (id === ownId ? 'we' : names[id] ?? `ship ${id}`);
  switch (ev.kind) {
    case 'CommsMessage': return ['radio', `${speaker(ev, you)}: ${ev.text}`];
    case 'GameMessage': return ['msg', `GAME MASTER: ${ev.text}`];
    case 'GamePaused': return ['sys', 'Game paused'];
    case 'GameResumed': return ['sys', 'Game resumed'];
    case 'JumpSpooled': return ['sys', `${n(ev.shipId)}: jump drive spooled`];
    case 'JumpStarted': return ['sys', `${n(ev.shipId)}: jumped to hyperspace`];
    case 'JumpCompleted': return ['sys', `${n(ev.shipId)}: dropped ${km(ev.scatterMetres)} from the aim point`];
    case 'CloakEngaged': return ['sys', `${n(ev.shipId)}: cloak engaged`];
    case 'CloakDisengaged': return ['sys', `${n(ev.shipId)}: cloak down (${ev.reason})`];
    case 'WeaponsReleased': return ['sys', `${n(ev.shipId)}: weapons ${ev.released ? 'RELEASED' : 'held'}`];
    case 'ShipHit': return ['hit', `${n(ev.targetId)} hit by ${n(ev.attackerId)} (${ev.weapon}${ev.subsystemId ? ', ' + ev.subsystemId : ''})`];
    case 'SubsystemDestroyed': return ['hit', `${n(ev.shipId)}: ${ev.subsystemId} destroyed`];
    case 'BecameDerelict': return ['msg', `${n(ev.shipId)} is a derelict`];
    case 'ShipDestroyed': return ['msg', `${n(ev.shipId)} destroyed`];
    case 'TorpedoLaunched': return ['sys', `${n(ev.shipId)}: torpedo away`];
    default: return null;
  }
}

const COLOURS = { hit: '#ffb3be', msg: 'var(--warn)', radio: 'var(--accent)' };

export function create({ send, readOnly }) {
  const mission = missionPanel();
  const log = h('div.list#comms-log', { style: { fontSize: '18px', flex: 1 } });
  const contacts = h('div.list', { style: { maxHeight: '220px' } });
  const radio = radioBox({ send, readOnly, quick: QUICK_CALLS, placeholder: 'To the away team (Enter sends)…', idPrefix: 'comms' });
  let seat = null; // the joined client: its welcome.you makes our own words read "YOU"
  const el = h('div',
    h('div.col', panel('Briefing', mission.briefing).el, panel('Objectives', mission.list).el, panel('Contacts on sensors', contacts).el),
    h('div.col', Object.assign(panel('Suit channel and log', radio.el, log,
      h('div.hint', 'The away team and the bridge hear the suit channel. Game-master messages arrive here too; ship-to-ship hailing is not in the protocol yet.')).el,
    { className: 'panel grow' })));
  el.dataset.station = 'comms';
  let contactsKey = '';

  function add(kind, text, tick) {
    const line = h('div.list-item', { dataset: { kind }, style: { cursor: 'default', minHeight: '40px', color: COLOURS[kind] ?? 'var(--text)', fontWeight: kind === 'radio' ? '700' : '' } },
      h('span.tag', `t${tick}`), h('span.grow', text));
    log.prepend(line);
    while (log.children.length > LOG_LIMIT) log.lastChild.remove();
  }

  return {
    el,
    keys: radio.keys,
    attach(client) { seat = client; },
    event(ev, state) {
      const names = {};
      for (const [id, c] of Object.entries(state?.contacts ?? {})) if (c.name) names[id] = c.name;
      const line = describe(ev, names, state?.ship?.id, seat?.you);
      if (line) add(line[0], line[1], ev.tick);
    },
    update(v) {
      mission.update(v.mission);
      const cs = liveContacts(v);
      const key = cs.map((c) => `${c.id}:${Math.round(c.range / 500)}`).join();
      if (key !== contactsKey) {
        contactsKey = key;
        contacts.replaceChildren(...(cs.length ? cs.map((c) => h('div.list-item', { style: { cursor: 'default' } }, h('strong.grow', c.name), c.hostile ? h('span.tag.hostile', 'HOSTILE') : null, km(c.range))) : [h('div.hint', 'None.')]));
      }
    },
  };
}
