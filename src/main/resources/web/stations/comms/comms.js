// Comms: the mission briefing and a log of what happened (game-master messages and ship events).
// The protocol has no ship-to-ship messaging yet, so this station reads and relays; it sends nothing.
import { h } from '../../shared/dom.js';
import { panel } from '../../shared/widgets.js';
import { missionPanel } from '../../shared/mission.js';
import { km, liveContacts } from '../../shared/format.js';

const LOG_LIMIT = 200;

/** One log line per event kind worth reading later; null for the ones that only drive cues. */
function describe(ev, names, ownId) {
  const n = (id) => (id === ownId ? 'we' : names[id] ?? `ship ${id}`);
  switch (ev.kind) {
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

export function create() {
  const mission = missionPanel();
  const log = h('div.list', { style: { fontSize: '18px', flex: 1 } });
  const contacts = h('div.list', { style: { maxHeight: '220px' } });
  const el = h('div',
    h('div.col', panel('Briefing', mission.briefing).el, panel('Objectives', mission.list).el, panel('Contacts on sensors', contacts).el),
    h('div.col', Object.assign(panel('Log', log, h('div.hint', 'Ship-to-ship hailing is not in the protocol yet; messages from the game master arrive here.')).el, { className: 'panel grow' })));
  el.dataset.station = 'comms';
  let contactsKey = '';

  function add(kind, text, tick) {
    const line = h('div.list-item', { dataset: { kind }, style: { cursor: 'default', minHeight: '40px', color: kind === 'hit' ? '#ffb3be' : kind === 'msg' ? 'var(--warn)' : 'var(--text)' } },
      h('span.tag', `t${tick}`), h('span.grow', text));
    log.prepend(line);
    while (log.children.length > LOG_LIMIT) log.lastChild.remove();
  }

  return {
    el,
    keys: {},
    event(ev, state) {
      const names = {};
      for (const [id, c] of Object.entries(state?.contacts ?? {})) if (c.name) names[id] = c.name;
      const line = describe(ev, names, state?.ship?.id);
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
