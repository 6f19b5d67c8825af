// The suit channel (docs/protocol.md, SendMessage / CommsMessage): the ship's crew and its away team
// talk over the suit microphones. A text box that sends on Enter, optional quick calls, and the words
// a CommsMessage event puts in a log. Used by the comms, away-team and captain stations.
import { h } from './dom.js';
import { button } from './widgets.js';
import { toast } from './toast.js';

export const CHANNEL = 'suit';
export const MAX_LENGTH = 200; // as the server's SendMessage.MAX_LENGTH

const SPEAKERS = { COMMS: 'COMMS', CAPTAIN: 'CAPTAIN', AWAY_TEAM: 'AWAY TEAM' };

/** Who spoke, as a log prefix ("AWAY TEAM"); "YOU" when `you` (welcome.you) is the sender's seat. */
export function speaker(ev, you) {
  if (you && ev.fromMember === you.memberId && ev.fromRole === you.role) return 'YOU';
  return SPEAKERS[ev.fromRole] ?? String(ev.fromRole ?? '?');
}

/**
 * A text box with SEND (Enter sends too) and a row of quick calls.
 * quick: [{text, key}] — key is printed on the button; the caller binds it (see `keys`).
 * Returns {el, input, say(text), keys}.
 */
export function radioBox({ send, readOnly = false, quick = [], placeholder = 'Say on the suit channel…', idPrefix = 'radio' }) {
  const input = h(`input.text-input.radio-input#${idPrefix}-text`, { type: 'text', maxLength: MAX_LENGTH, placeholder,
    'aria-label': 'Message on the suit channel', autocomplete: 'off', style: { flex: '1 1 auto', minWidth: '0' } });

  function say(text) {
    const t = String(text ?? '').trim();
    if (readOnly || !t) return false;
    // the server refuses these too; saying so here keeps the typed text instead of losing it
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(t)) { toast('No control characters in a message', 'warn'); return false; }
    return send('SendMessage', { channel: CHANNEL, text: t }) > 0;
  }
  function sendTyped() { if (say(input.value)) input.value = ''; }
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); sendTyped(); } });

  const sendButton = button('SEND', { onClick: sendTyped, cls: 'btn-primary' });
  sendButton.id = `${idPrefix}-send`;
  sendButton.style.flex = '0 0 auto';
  const calls = quick.map((q, i) => {
    const b = button(q.text, { key: q.key, onClick: () => say(q.text), cls: 'btn-small' });
    b.id = `${idPrefix}-quick-${i + 1}`;
    // sized by its words: a long call wraps onto a line of its own instead of breaking into three
    Object.assign(b.style, { whiteSpace: 'nowrap', flex: '1 1 auto' });
    return b;
  });
  const keys = Object.fromEntries(quick.filter((q) => q.key).map((q) => [q.key.toLowerCase(), () => say(q.text)]));
  const el = h('div.radio-box', h('div.row.radio-row', input, sendButton), calls.length ? h('div.row.radio-quick', ...calls) : null);
  return { el, input, say, keys: readOnly ? {} : keys };
}
