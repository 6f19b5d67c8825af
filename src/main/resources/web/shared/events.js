// What a station shows and plays when an event about its own ship (or its target) arrives.
import { cues } from './audio.js';
import { toast } from './toast.js';
import { km } from './format.js';

/** Plays the cue and raises the toast of one event; `ownId` is the station's ship. */
export function announce(ev, ownId, names = {}) {
  const name = (id) => names[id] ?? `ship ${id}`;
  const mine = (id) => id === ownId;
  switch (ev.kind) {
    case 'JumpSpooled': if (mine(ev.shipId)) { cues.ready(); toast('Jump drive spooled — ready to jump', 'good'); } break;
    case 'JumpStarted': if (mine(ev.shipId)) { cues.jump(); toast('Jumping — in hyperspace', 'info'); } break;
    case 'JumpCompleted':
      if (mine(ev.shipId)) { cues.drop(); toast(`DROP — ${km(ev.scatterMetres)} from the aim point. Cloak now!`, 'warn', 6); }
      break;
    case 'CloakEngaged': if (mine(ev.shipId)) { cues.cloak(); toast('Cloak engaged', 'good'); } break;
    case 'CloakDisengaged': if (mine(ev.shipId)) { cues.decloak(); toast(`Cloak down (${ev.reason})`, 'warn'); } break;
    case 'ShipHit':
      if (mine(ev.targetId)) { cues.hit(); toast(`HIT by ${name(ev.attackerId)}: ${Math.round(ev.hullDamage)} hull damage`, 'error', 3); }
      break;
    case 'SubsystemDestroyed':
      if (mine(ev.shipId)) { cues.subsystemDown(); cues.alarm(); toast(`OUR ${ev.subsystemId} DESTROYED`, 'error', 8); }
      else { cues.subsystemDown(); toast(`${name(ev.shipId)}: ${ev.subsystemId} destroyed${ev.critical ? ' (critical)' : ''}`, 'good', 6); }
      break;
    case 'BecameDerelict': toast(`${mine(ev.shipId) ? 'WE ARE' : name(ev.shipId) + ' is'} a derelict`, mine(ev.shipId) ? 'error' : 'good', 8); break;
    case 'ShipDestroyed': if (mine(ev.shipId)) cues.alarm(); toast(`${mine(ev.shipId) ? 'Our ship' : name(ev.shipId)} destroyed`, mine(ev.shipId) ? 'error' : 'good', 8); break;
    case 'ScanCompleted': if (mine(ev.observerId)) { cues.ready(); toast(`Scan of ${name(ev.targetId)} complete`, 'good'); } break;
    case 'WeaponsReleased': if (mine(ev.shipId)) toast(ev.released ? 'WEAPONS RELEASED' : 'Weapons held', ev.released ? 'warn' : 'info'); break;
    case 'GameMessage': toast(`Message: ${ev.text}`, 'info', 10); break;
    case 'GamePaused': toast('Game paused', 'warn'); break;
    case 'GameResumed': toast('Game resumed', 'good'); break;
    default: break;
  }
}

/** Contact names from a view, for toasts. */
export function contactNames(view) {
  const names = {};
  for (const [id, c] of Object.entries(view?.contacts ?? {})) if (c.name) names[id] = c.name;
  for (const [id, s] of Object.entries(view?.world?.ships ?? {})) names[id] = s.name;
  if (view?.ship) names[view.ship.id] = view.ship.name;
  return names;
}
