// The captain's ear on the suit channel: the last few words between the ship and its away team,
// hidden until someone speaks. Talking stays with comms and the away team (the captain may also).
import { h } from '../../shared/dom.js';
import { panel } from '../../shared/widgets.js';
import { speaker } from '../../shared/suit-radio.js';

const SHOWN = 4;

export function radioInset(you = () => null) {
  const lines = h('div#captain-radio', { style: { display: 'flex', flexDirection: 'column', gap: '2px', fontSize: '16px' } });
  const p = panel('Suit comms', lines);
  p.el.style.display = 'none';
  return {
    el: p.el,
    event(ev) {
      if (ev.kind !== 'CommsMessage') return;
      p.el.style.display = '';
      lines.prepend(h('div', { style: { color: 'var(--accent)' } }, h('strong', `${speaker(ev, you())}: `), ev.text));
      while (lines.children.length > SHOWN) lines.lastChild.remove();
    },
  };
}
