// Main view screen: the 3D scene (three.js) seen from behind the own ship — front, rear or towards
// the target — with the events drawn: beams, shield flashes, explosions, the hyperspace streak.
// Without WebGL (some kiosks, headless tests) it falls back to the 2D radar so the screen still works.
import { h, setText } from '../../shared/dom.js';
import { Radar, sceneFromView } from '../../shared/radar.js';
import { km, liveContacts } from '../../shared/format.js';
import { armedSelfDestructs, clock, countdownNote } from '../../shared/countdown.js';
import { cues } from '../../shared/audio.js';

export function create() {
  let scene = null;
  let radar = null;
  let view = null;
  let mode = 'front';
  let targetId = null;
  const canvas = h('canvas.viewscreen-canvas', { style: { width: '100%', height: '100%', display: 'block' } });
  const overlay = h('div.viewscreen-overlay', { style: { position: 'absolute', left: '16px', bottom: '16px', fontSize: '22px', fontWeight: 800, textShadow: '0 0 6px #000' } });
  const modeButtons = {};
  const setMode = (m) => {
    mode = m;
    if (scene) scene.mode = m;
    for (const [k, b] of Object.entries(modeButtons)) b.classList.toggle('on', k === m);
  };
  for (const [m, key] of [['front', 'F'], ['rear', 'R'], ['target', 'T']]) {
    modeButtons[m] = h('button.btn.nav-allowed', { type: 'button', onclick: () => setMode(m) }, m.toUpperCase(), h('kbd', key));
  }
  const bar = h('div.row.nav-allowed', { style: { position: 'absolute', right: '16px', top: '12px' } }, ...Object.values(modeButtons));
  // the countdown, large enough to read from the back of the room
  const vsClock = h('div.vs-clock');
  const vsShip = h('div.vs-label');
  const vsNote = h('div.vs-note');
  const bigCountdown = h('div.viewscreen-countdown', { hidden: true }, vsShip, vsClock, vsNote);
  const annihilated = new Set(); // ships already blown up by their self-destruct: no second, smaller blast
  const stage = h('div', { style: { position: 'relative', flex: 1, minHeight: '0', borderRadius: '8px', overflow: 'hidden', background: '#02040a' } }, canvas, bigCountdown, overlay, bar);
  const el = h('div.one-column', { style: { display: 'flex', flexDirection: 'column' } }, stage);
  el.dataset.station = 'viewscreen';
  setMode('front');

  import('./scene.js').then(({ ViewScene }) => {
    try { scene = new ViewScene(canvas); scene.mode = mode; } catch (e) { fallback(`3D unavailable (${e.message}); showing the radar`); }
  }).catch((e) => fallback(`3D unavailable (${e.message}); showing the radar`));

  function fallback(reason) {
    const c2 = h('canvas.radar', { style: { width: '100%', height: '100%' } });
    canvas.replaceWith(c2);
    radar = new Radar(c2, { range: 8000 });
    stage.append(h('div.hint', { style: { position: 'absolute', left: '16px', top: '12px' } }, reason));
  }

  const shipPos = (id) => (Number(id) === view?.ship?.id ? view.ship : view?.contacts?.[id]);

  return {
    el,
    keys: { f: () => setMode('front'), r: () => setMode('rear'), t: () => setMode('target') },
    event(ev) {
      if (!scene) return;
      switch (ev.kind) {
        case 'BeamFired': scene.beam(ev.shipId, ev.targetId); break;
        case 'ShipHit': scene.shieldFlash(ev.targetId); break;
        case 'TorpedoDetonated': scene.explosion(ev.x, ev.y, 60); break;
        case 'SubsystemDestroyed': { const p = shipPos(ev.shipId); if (p) scene.explosion(p.x, p.y, (p.radius ?? 100) * 0.5); break; }
        case 'SelfDestructDetonated': {
          annihilated.add(ev.shipId);
          const p = shipPos(ev.shipId) ?? scene.lastKnown(ev.shipId);
          scene.annihilation(ev.shipId, ev.x, ev.y, p?.radius ?? 300, ev.blastRadius);
          cues.annihilation();
          break;
        }
        case 'ShipDestroyed': {
          if (annihilated.has(ev.shipId)) break;
          const p = shipPos(ev.shipId); if (p) scene.explosion(p.x, p.y, (p.radius ?? 100) * 2.5); break;
        }
        case 'JumpCompleted': if (ev.shipId === view?.ship?.id) scene.warp = 1; break;
        default: break;
      }
    },
    update(v) {
      view = v;
      const cs = liveContacts(v);
      if (targetId === null || !cs.some((c) => c.id === targetId)) targetId = cs.find((c) => c.hostile)?.id ?? cs[0]?.id ?? null;
      const t = cs.find((c) => c.id === targetId);
      setText(overlay, `${Math.round(v.ship.speed)} m/s${v.ship.cloaked ? ' · CLOAKED' : ''}${v.ship.inHyperspace ? ' · HYPERSPACE' : ''}${t ? ` · ${t.name} ${km(t.range)}` : ''}`);
      scene?.update(v, targetId);
      const armed = armedSelfDestructs(v);
      bigCountdown.hidden = armed.length === 0;
      if (armed.length) {
        const sd = armed[0];
        setText(vsShip, `${String(sd.name).toUpperCase()} SELF-DESTRUCT`);
        setText(vsClock, clock(sd.secondsLeft));
        setText(vsNote, countdownNote(sd));
      }
    },
    animate(v) {
      if (!v?.ship) return;
      if (scene) {
        const r = canvas.getBoundingClientRect();
        if (r.width && (canvas.width !== Math.round(r.width * scene.renderer.getPixelRatio()))) scene.resize(r.width, r.height);
        scene.render();
      } else if (radar) radar.draw(sceneFromView(v, { selectedId: targetId }));
    },
  };
}
