// The self-destruct countdown every station shows (view section `alert`, protocol §4.5): a red strip
// under the top bar, one line per armed ship the crew knows of, with an alarm when a countdown
// starts, at one minute and at ten seconds, and a short tick every second of the last ten.
import { h } from './dom.js';
import { cues } from './audio.js';

/** "9:05.3" — minutes, seconds and tenths: the tenths show at a glance that it is running. */
export function clock(seconds) {
  const s = Math.max(0, seconds);
  const m = Math.floor(s / 60);
  const rest = s - m * 60;
  return `${m}:${rest < 10 ? '0' : ''}${rest.toFixed(1)}`;
}

/** The armed self-destructs of a view, soonest first. */
export function armedSelfDestructs(view) {
  return Object.values(view?.alert?.selfDestructs ?? {}).sort((a, b) => a.secondsLeft - b.secondsLeft);
}

/** What one countdown means for this crew, in a few words. */
export function countdownNote(sd) {
  if (sd.own) return 'OUR SHIP — ABORT OR ABANDON';
  if (sd.teamAboard > 0) return `${sd.teamAboard} OF THE TEAM STILL ABOARD — GET OUT`;
  return 'team clear';
}

/** The strip for the top bar; `update(view)` every view. */
export function createCountdown() {
  const el = h('div.countdown', { hidden: true, role: 'alert', 'aria-live': 'assertive' });
  const last = new Map(); // shipId → secondsLeft at the previous update: to notice thresholds crossed
  let key = '';

  function cue(sd) {
    const before = last.get(sd.shipId);
    last.set(sd.shipId, sd.secondsLeft);
    if (before === undefined) { cues.alarm(); return; } // armed (or first seen armed)
    for (const mark of [60, 10]) if (before > mark && sd.secondsLeft <= mark) { cues.alarm(); return; }
    if (sd.secondsLeft <= 10 && Math.ceil(before) !== Math.ceil(sd.secondsLeft)) cues.countdownTick?.();
  }

  return {
    el,
    update(view) {
      const armed = armedSelfDestructs(view);
      for (const sd of armed) cue(sd);
      for (const id of [...last.keys()]) if (!armed.some((sd) => sd.shipId === id)) last.delete(id); // aborted or detonated
      el.hidden = armed.length === 0;
      el.classList.toggle('countdown-final', armed.some((sd) => sd.secondsLeft <= 10));
      const nextKey = armed.map((sd) => `${sd.shipId}:${sd.secondsLeft}:${sd.teamAboard}`).join('|');
      if (nextKey === key) return;
      key = nextKey;
      el.replaceChildren(...armed.map((sd) => h('div.countdown-line', { dataset: { shipId: sd.shipId } },
        h('span.countdown-label', 'SELF-DESTRUCT'),
        h('span.countdown-ship', sd.name),
        h('span.countdown-clock', clock(sd.secondsLeft)),
        h(`span.countdown-note${sd.own || sd.teamAboard > 0 ? '.countdown-danger' : ''}`, countdownNote(sd)))));
    },
  };
}
