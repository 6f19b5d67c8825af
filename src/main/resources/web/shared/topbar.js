// The strip along the top of every station: which seat this is, the ship, the link state, hull and
// shields, and the game's state (paused, message, outcome) in big letters. Every page has one, so it
// also carries what every station shares: the self-destruct countdown and the end-of-mission debrief.
import { h, setText } from './dom.js';
import { createCountdown } from './countdown.js';
import { createDebrief } from './debrief.js';
import { createDrillStrip } from './drill-strip.js';
import { bar } from './widgets.js';
import { setMuted, isMuted } from './audio.js';

export function topbar(title, { onLeave, extra = [] } = {}) {
  const ship = h('span.topbar-ship', '—');
  const conn = h('span.conn', { dataset: { state: 'connecting' } }, 'connecting');
  const chips = h('span.chips');
  const hull = bar('HULL');
  const shields = bar('SHLD');
  const mute = h('button.btn.btn-small.nav-allowed', { type: 'button', title: 'Sound on/off' }, isMuted() ? 'SOUND OFF' : 'SOUND ON');
  mute.addEventListener('click', () => { setMuted(!isMuted()); mute.textContent = isMuted() ? 'SOUND OFF' : 'SOUND ON'; });
  const leave = onLeave ? h('button.btn.btn-small.nav-allowed', { type: 'button', onclick: onLeave, title: 'Give up this seat' }, 'LEAVE') : null;
  const countdown = createCountdown();
  const debrief = createDebrief();
  const drill = createDrillStrip();
  // the outcome banner reopens a dismissed debrief
  const banner = h('div.banner', { hidden: true, onclick: () => debrief.open() });
  const el = h('div.topbar-wrap',
    h('header.topbar', h('a.brand', { href: '/', title: 'Back to the lobby' }, 'STARBRIDGE'), h('span.topbar-title', title), ship,
      chips, h('span.topbar-bars', hull.el, shields.el), conn, ...extra, mute, leave),
    countdown.el, drill.el, banner);

  return {
    el,
    status(state, detail) {
      conn.dataset.state = state;
      setText(conn, state === 'joined' ? 'online' : state);
      conn.title = detail ? String(typeof detail === 'string' ? detail : JSON.stringify(detail)) : '';
    },
    update(view, rttMs) {
      const s = view?.ship;
      if (!s) return;
      setText(ship, `${s.name} · ${s.hullName ?? s.hull}`);
      hull.set(s.hullPoints / s.hullMax, `${Math.round(s.hullPoints)}`, s.hullPoints / s.hullMax < 0.3 ? 'bad' : s.hullPoints / s.hullMax < 0.6 ? 'warn' : '');
      const shieldNow = (s.shieldFront ?? 0) + (s.shieldRear ?? 0);
      shields.set(Math.min(1, shieldNow / 500), `F${Math.round(s.shieldFront)} R${Math.round(s.shieldRear)}`);
      const flags = [];
      if (s.cloaked) flags.push(['CLOAKED', 'cloak']);
      if (s.inHyperspace) flags.push(['HYPERSPACE', 'hyper']);
      if (s.derelict) flags.push(['DERELICT', 'bad']);
      if (s.destroyed) flags.push(['DESTROYED', 'bad']);
      if (view.game?.paused) flags.push(['PAUSED', 'warn']);
      const key = flags.map((f) => f[0]).join();
      if (chips.dataset.key !== key) {
        chips.dataset.key = key;
        chips.replaceChildren(...flags.map(([t, tone]) => h('span.chip', { dataset: { tone } }, t)));
      }
      countdown.update(view);
      drill.update(view);
      debrief.update(view);
      const g = view.game ?? {};
      const text = g.outcome ? `MISSION OUTCOME: ${String(g.outcome).toUpperCase()}` : g.paused ? 'GAME PAUSED BY THE GAME MASTER' : g.message ? `GM: ${g.message}` : '';
      banner.hidden = !text;
      banner.classList.toggle('banner-outcome', Boolean(g.outcome));
      banner.title = g.outcome ? 'Show the debrief' : '';
      setText(banner, text);
      if (rttMs !== undefined) conn.title = `tick ${view.tick} · rtt ${Math.round(rttMs)} ms`;
    },
  };
}
