// Audio cues made from WebAudio oscillators: no sound files to ship, and each cue is recognisable
// in a dark room without looking. Browsers only allow sound after a user gesture, so the context
// is created lazily and resumed on the first click or key.
let ctx = null;
let muted = false;

function context() {
  if (!ctx) {
    const Ctor = window.AudioContext || window.webkitAudioContext;
    if (!Ctor) return null;
    ctx = new Ctor();
  }
  if (ctx.state === 'suspended') ctx.resume().catch(() => {});
  return ctx;
}

for (const type of ['pointerdown', 'keydown']) window.addEventListener(type, () => context(), { once: true, capture: true });

export function setMuted(value) { muted = value; }
export function isMuted() { return muted; }

/** One oscillator note sliding from f0 to f1 Hz over `seconds`, starting `delay` seconds from now. */
function tone({ f0, f1 = f0, seconds = 0.2, delay = 0, type = 'sine', gain = 0.2 }) {
  const ac = context();
  if (!ac || muted || ac.state !== 'running') return;
  const t = ac.currentTime + delay;
  const osc = ac.createOscillator();
  const amp = ac.createGain();
  osc.type = type;
  osc.frequency.setValueAtTime(f0, t);
  osc.frequency.exponentialRampToValueAtTime(Math.max(1, f1), t + seconds);
  amp.gain.setValueAtTime(0.0001, t);
  amp.gain.exponentialRampToValueAtTime(gain, t + 0.02);
  amp.gain.exponentialRampToValueAtTime(0.0001, t + seconds);
  osc.connect(amp).connect(ac.destination);
  osc.start(t);
  osc.stop(t + seconds + 0.05);
}

export const cues = {
  /** Out of hyperspace: a falling whoosh ending in a low thump. */
  drop() { tone({ f0: 1400, f1: 90, seconds: 0.7, type: 'sawtooth', gain: 0.15 }); tone({ f0: 70, f1: 40, seconds: 0.5, delay: 0.6, gain: 0.35 }); },
  /** Into hyperspace: the reverse, rising. */
  jump() { tone({ f0: 90, f1: 1600, seconds: 0.9, type: 'sawtooth', gain: 0.12 }); },
  /** Cloak engaged: a soft descending shimmer. */
  cloak() { tone({ f0: 880, f1: 220, seconds: 0.9, type: 'triangle', gain: 0.18 }); tone({ f0: 660, f1: 165, seconds: 0.9, delay: 0.08, type: 'sine', gain: 0.12 }); },
  /** Cloak dropped: the shimmer rising, so it is not mistaken for the engage cue. */
  decloak() { tone({ f0: 220, f1: 880, seconds: 0.6, type: 'triangle', gain: 0.18 }); },
  /** Own ship hit: a short low crunch. */
  hit() { tone({ f0: 180, f1: 40, seconds: 0.35, type: 'square', gain: 0.25 }); },
  /** A subsystem destroyed: two falling tones. */
  subsystemDown() { tone({ f0: 660, f1: 640, seconds: 0.18, type: 'square', gain: 0.15 }); tone({ f0: 440, f1: 300, seconds: 0.35, delay: 0.2, type: 'square', gain: 0.15 }); },
  /** Alarm: alternating high/low, three times. */
  alarm() { for (let i = 0; i < 3; i++) { tone({ f0: 880, seconds: 0.18, delay: i * 0.4, type: 'square', gain: 0.12 }); tone({ f0: 587, seconds: 0.18, delay: i * 0.4 + 0.2, type: 'square', gain: 0.12 }); } },
  /** Drive spooled, scan complete: a bright confirmation. */
  ready() { tone({ f0: 660, seconds: 0.12, gain: 0.15 }); tone({ f0: 990, seconds: 0.2, delay: 0.12, gain: 0.15 }); },
  /** Weapon fired by us. */
  fire() { tone({ f0: 1200, f1: 300, seconds: 0.15, type: 'sawtooth', gain: 0.08 }); },
  /** The last ten seconds of a self-destruct: one dry tick a second. */
  countdownTick() { tone({ f0: 1760, seconds: 0.05, type: 'square', gain: 0.1 }); },
  /** A ship blown apart: a long falling roar. */
  annihilation() { tone({ f0: 120, f1: 25, seconds: 3, type: 'sawtooth', gain: 0.35 }); tone({ f0: 60, f1: 20, seconds: 4, delay: 0.1, gain: 0.4 }); },
  /** A refused command. */
  refuse() { tone({ f0: 220, seconds: 0.15, type: 'square', gain: 0.1 }); },
};
