// One station seat over one WebSocket (docs/protocol.md). Keeps the resume token in sessionStorage,
// so a refresh of the tab takes back the same seat; counts sequence numbers; applies merge-patch
// deltas to `state`; syncs the clock with ping/pong; reconnects with `resume` after a drop.
import { mergePatch } from './merge-patch.js';

const PROTOCOL_VERSION = 1;
const PING_EVERY_MS = 2000;

function tokenKey(gameId, shipId, role) { return `starbridge.token.${gameId}.${shipId}.${role}`; }

const PERSON_KEY = 'starbridge.personId';

/**
 * This browser's person id (protocol §5): random, kept in localStorage, so every tab and every seat
 * of this browser is one person to the server — one pair of hands on the two-person self-destruct.
 */
export function personId() {
  let id = localStorage.getItem(PERSON_KEY);
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(id ?? '')) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = `p-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    localStorage.setItem(PERSON_KEY, id);
  }
  return id;
}

/**
 * @param opts {gameId, shipId, role, name, crewCode,
 *   onView(state), onEvent(event), onStatus(status, detail), onRejected(reason, command), onAck(seq)}
 * status: 'connecting' | 'joined' | 'reconnecting' | 'failed' | 'left'
 */
export function connectStation(opts) {
  const { gameId, shipId, role, name, crewCode = '' } = opts;
  const key = tokenKey(gameId, shipId, role);
  // seq → {what, text, command}: what was sent (for naming it in a rejection toast) and its frame; ship
  // commands are resent after a resume (the server applies a seq once); game-master actions are not
  const pending = new Map();
  let socket = null;
  let seq = Number(sessionStorage.getItem(`${key}.seq`) || 0);
  let joined = false;
  let stopped = false;
  let retryMs = 500;
  let pingTimer = null;
  // The events this station displayed lately, for its own reaction times (protocol §2.1 `react`):
  // {event, tick, at: performance.now() when shown}; the newest REACT_KEEP within REACT_WINDOW_MS.
  const REACT_KEEP = 8, REACT_WINDOW_MS = 60000;
  let shown = [];

  const client = {
    state: null, you: null, commands: [], tickHz: 60,
    rttMs: 0, clockOffsetMs: 0, serverTick: 0,
    get joined() { return joined; },
    /** Sends a ship command with this station's reaction reports; returns its seq, or 0 if not connected. */
    send(type, fields = {}) {
      const now = performance.now();
      shown = shown.filter((e) => now - e.at <= REACT_WINDOW_MS);
      const react = shown.map((e) => ({ event: e.event, tick: e.tick, ms: Math.round(now - e.at) }));
      return sendNumbered({ msg: 'command', type, ...fields, ...(react.length ? { react } : {}) }, type);
    },
    /** Game-master action (pause, resume, message, spawn). */
    gm(action, fields = {}) { return sendNumbered({ msg: 'gm', action, ...fields }, `gm ${action}`); },
    can(type) { return client.commands.includes(type); },
    /** Server time now, ms, from the ping/pong offset. */
    serverNow() { return Date.now() + client.clockOffsetMs; },
    leave() {
      stopped = true;
      sessionStorage.removeItem(key);
      if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ msg: 'leave' }));
      socket?.close();
      status('left');
    },
    close() { stopped = true; clearInterval(pingTimer); socket?.close(); },
  };

  function status(s, detail) { opts.onStatus?.(s, detail); }

  function sendNumbered(message, what) {
    if (!joined || socket?.readyState !== WebSocket.OPEN) {
      opts.onRejected?.('not connected: the command was not sent', what);
      return 0;
    }
    seq += 1;
    sessionStorage.setItem(`${key}.seq`, String(seq)); // a resumed seat remembers seen seqs: never reuse one
    const text = JSON.stringify({ ...message, seq });
    pending.set(seq, { what, text, command: message.msg === 'command' });
    if (pending.size > 200) pending.delete(pending.keys().next().value);
    socket.send(text);
    return seq;
  }

  function join() {
    const token = sessionStorage.getItem(key);
    const m = token
      ? { msg: 'resume', v: PROTOCOL_VERSION, token }
      : { msg: 'hello', v: PROTOCOL_VERSION, gameId, shipId: Number(shipId), role, name, crewCode, personId: personId() };
    socket.send(JSON.stringify(m));
    return Boolean(token);
  }

  function open() {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
    socket = new WebSocket(url);
    let resuming = false;
    socket.onopen = () => {
      retryMs = 500;
      resuming = join();
      ping();
    };
    socket.onmessage = (frame) => {
      let m;
      try { m = JSON.parse(frame.data); } catch { return; }
      switch (m.msg) {
        case 'welcome':
          joined = true;
          sessionStorage.setItem(key, m.token);
          client.you = m.you;
          client.commands = m.commands ?? [];
          client.tickHz = m.tickHz ?? 60;
          client.state = { ...m.view, tick: m.view?.tick ?? m.tick };
          // a command lost in the drop is applied now; one already applied is only acked again (same seq)
          if (resuming) { for (const p of pending.values()) if (p.command) socket.send(p.text); }
          else pending.clear();
          status('joined', m.you);
          opts.onView?.(client.state, true);
          break;
        case 'view': {
          const { msg, ...view } = m;
          client.state = view;
          opts.onView?.(client.state, true);
          break;
        }
        case 'delta':
          if (!client.state) break;
          mergePatch(client.state, m);
          opts.onView?.(client.state, false);
          break;
        case 'event':
          opts.onEvent?.(m);
          // displayed now: onEvent drew it (toast, log, sound) synchronously
          shown.push({ event: m.kind, tick: m.tick, at: performance.now() });
          if (shown.length > REACT_KEEP) shown = shown.slice(-REACT_KEEP);
          break;
        case 'ack':
          pending.delete(m.seq);
          opts.onAck?.(m.seq, m.tick);
          break;
        case 'rejected': {
          const what = pending.get(m.seq)?.what;
          pending.delete(m.seq);
          opts.onRejected?.(m.reason, what);
          break;
        }
        case 'pong': {
          // clientTimeMs is performance.now(): epoch ms would exceed the server's ±1e12 number limit
          client.rttMs = performance.now() - m.clientTimeMs;
          client.clockOffsetMs = m.serverTimeMs + client.rttMs / 2 - Date.now();
          client.serverTick = m.tick;
          break;
        }
        case 'error':
          if (String(m.reason).startsWith('ping')) break; // a clock-sync hiccup is not a failed join
          if (!joined && resuming) {
            // the held seat expired (or the server restarted): take a fresh seat instead
            sessionStorage.removeItem(key);
            resuming = join();
          } else if (!joined) {
            stopped = true;
            status('failed', m.reason);
            socket.close();
          } else opts.onRejected?.(m.reason, 'message');
          break;
        default:
          break;
      }
    };
    socket.onclose = () => {
      const wasJoined = joined;
      joined = false;
      if (stopped) return;
      status('reconnecting', wasJoined ? 'connection lost, taking the seat back…' : 'server unreachable, retrying…');
      setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, 5000);
    };
  }

  function ping() {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ msg: 'ping', clientTimeMs: Math.round(performance.now() * 10) / 10 }));
  }

  pingTimer = setInterval(ping, PING_EVERY_MS);
  status('connecting');
  open();
  return client;
}
