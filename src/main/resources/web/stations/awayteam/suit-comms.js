// Suit comms: the team's radio log, one line per thing the team did or found and per word spoken on
// the suit channel (by the ship or the team), newest on top.
import { h } from '../../shared/dom.js';
import { speaker } from '../../shared/suit-radio.js';
import { clock } from './member-cards.js';

const MAX_LINES = 60;

/** `you()` returns the seat's welcome.you, so the team's own words read "YOU". */
export function suitComms(you = () => null) {
  const list = h('ol.aw-comms', { 'aria-live': 'polite' });

  function add(text, tone = '') {
    const t = new Date();
    const stamp = `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}:${String(t.getSeconds()).padStart(2, '0')}`;
    list.prepend(h('li', { dataset: { tone } }, h('span.aw-stamp', stamp), ' ', text));
    while (list.children.length > MAX_LINES) list.lastChild.remove();
  }

  /**
   * Turns one event into a radio line; `latest()` returns the view that names people, rooms and
   * ships. The line is written a moment later: a room seen in the event's tick is named by the
   * view delta that follows the event.
   */
  function event(ev, latest) {
    if (ev.kind === 'CommsMessage') { add(`${speaker(ev, you())}: ${ev.text}`, 'radio'); return; } // words need no room names
    setTimeout(() => line(ev, latest()), 120);
  }

  function line(ev, view) {
    const interior = view?.interior;
    const who = (id) => interior?.members?.[id]?.name ?? `member ${id}`;
    const roomName = (shipId, roomId) => interior?.ships?.[shipId]?.rooms?.[roomId]?.name ?? roomId;
    const doorName = (shipId, doorId) => {
      const rooms = interior?.ships?.[shipId]?.doors?.[doorId]?.rooms;
      return rooms ? `${roomName(shipId, rooms[0])} ↔ ${roomName(shipId, rooms[1])}` : doorId;
    };
    const ship = (id) => interior?.ships?.[id]?.name ?? (view?.ship?.id === id ? view.ship.name : `ship ${id}`);
    switch (ev.kind) {
      case 'MemberMoved': add(`${who(ev.memberId)}: in ${roomName(ev.shipId, ev.roomId)}, ${ship(ev.shipId)}.`); break;
      case 'DoorOpened': add(`${who(ev.memberId)}: door ${doorName(ev.shipId, ev.doorId)} ${ev.forced ? 'forced' : 'open'}.`, 'good'); break;
      case 'CaptiveFound': add(`${who(ev.memberId)}: captive found in ${roomName(ev.shipId, ev.roomId)}!`, 'good'); break;
      case 'BodyFound': add(`${who(ev.memberId)}: ${ev.bodies} ${ev.bodies === 1 ? 'body' : 'bodies'} of the crew in ${roomName(ev.shipId, ev.roomId)}.`, 'warn'); break;
      case 'CaptiveRescued': add('Captive aboard and safe.', 'good'); break;
      case 'CaptiveLost': add('A captive was lost.', 'bad'); break;
      case 'MemberLost': add(`${who(ev.memberId)} is lost (${ev.cause}).`, 'bad'); break;
      case 'Docked': add(`Docked with ${ship(ev.hostId === view?.ship?.id ? ev.shipId : ev.hostId)}: the airlock is open.`, 'good'); break;
      case 'Undocked': add(`Undocked${ev.leftBehind ? ` — ${ev.leftBehind} left behind` : ''}.`, ev.leftBehind ? 'bad' : 'warn'); break;
      case 'SelfDestructConfirmed': {
        const hand = String(ev.personId).startsWith('stranger') ? 'The stranger in white puts a hand' : 'A hand goes';
        add(`${hand} on the ${ev.abort ? 'ABORT' : 'self-destruct'} of ${ship(ev.shipId)}.`, 'warn');
        break;
      }
      case 'SelfDestructArmed': add(`SELF-DESTRUCT ARMED on ${ship(ev.shipId)}. Get out!`, 'bad'); break;
      case 'SelfDestructAborted': add(`Self-destruct of ${ship(ev.shipId)} aborted.`, 'warn'); break;
      case 'SelfDestructDetonated': add(`${ship(ev.shipId)} has exploded.`, 'bad'); break;
      default: break;
    }
  }

  return { el: list, add, event, clock };
}
