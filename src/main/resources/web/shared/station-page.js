// Runs one station module on one seat: joins, feeds views and events to the module, binds its keys.
// Also used read-only by the observer and per panel by the combined pages.
import { connectStation } from './client.js';
import { toast } from './toast.js';
import { cues } from './audio.js';
import { announce, contactNames } from './events.js';
import { bindKey } from './keys.js';
import { makeReadOnly } from './widgets.js';
import { h } from './dom.js';

/** Imports a station module (stations/<id>/<id>.js) and builds its UI. */
export async function createStation(def, { readOnly = false } = {}) {
  const mod = await import(def.module);
  const ref = { client: null }; // the seat is joined after the UI exists
  const send = (type, fields) => (readOnly || !ref.client ? 0 : ref.client.send(type, fields));
  const ui = mod.create({ send, can: (t) => !readOnly && (ref.client?.can(t) ?? false), readOnly });
  ui.setClient = (client) => { ref.client = client; ui.attach?.(client); };
  ui.el.classList.add('station');
  if (readOnly) makeReadOnly(ui.el);
  return ui;
}

/**
 * Joins `role` on a ship and drives `ui` (from createStation). Returns the client.
 * opts: {gameId, shipId, name, crewCode, bar (topbar), announceEvents (play cues/toasts), bindKeys}
 */
export function runStation(ui, role, opts) {
  let dirty = false;
  const client = connectStation({
    gameId: opts.gameId, shipId: opts.shipId, role, name: opts.name, crewCode: opts.crewCode,
    onStatus: (state, detail) => {
      opts.bar?.status(state, detail);
      if (state === 'failed') showJoinError(ui.el, detail);
      if (state === 'reconnecting') toast(detail, 'warn', 3);
    },
    onView: () => { dirty = true; },
    onEvent: (ev) => {
      if (opts.announceEvents !== false) announce(ev, client.state?.ship?.id, contactNames(client.state));
      ui.event?.(ev, client.state);
    },
    onRejected: (reason, what) => { cues.refuse(); toast(`${what ?? 'command'} refused: ${reason}`, 'error'); ui.rejected?.(reason, what); },
  });
  ui.setClient(client);
  if (opts.bindKeys !== false) for (const [key, fn] of Object.entries(ui.keys ?? {})) bindKey(key, fn);
  let frames = 0;
  const frame = () => {
    if (dirty && client.state) {
      dirty = false;
      opts.bar?.update(client.state, client.rttMs);
      ui.update(client.state);
    }
    // canvases redraw at ~30 fps: enough for 20 Hz views, and kind to a tablet's battery
    if (++frames % 2 === 0) ui.animate?.(client.state);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return client;
}

function showJoinError(root, reason) {
  root.before(h('div.join-error', h('strong', 'Could not take the seat: '), String(reason ?? 'unknown reason'),
    h('div', h('a.btn', { href: '/' }, 'Back to the lobby'), ' ', h('button.btn', { type: 'button', onclick: () => location.reload() }, 'Try again'))));
  toast(`Join failed: ${reason}`, 'error', 10);
}
