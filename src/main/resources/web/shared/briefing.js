// The mission briefing for stations whose own view has no `mission` section (helm, weapons).
// The protocol gives the briefing to CAPTAIN, COMMS and OBSERVER only, so this opens a short-lived,
// read-only OBSERVER seat on the same ship (any of the game's crew codes admits an observer), reads
// `view.mission` from the welcome and leaves at once. Resolves to null if that fails.
export function fetchBriefing({ gameId, shipId, crewCode, name }) {
  return new Promise((resolve) => {
    let done = false;
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
    const finish = (mission) => {
      if (done) return;
      done = true;
      try { if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ msg: 'leave' })); socket.close(); } catch { /* closing anyway */ }
      resolve(mission ?? null);
    };
    socket.onopen = () => socket.send(JSON.stringify({
      msg: 'hello', v: 1, gameId, shipId: Number(shipId), role: 'OBSERVER', name: `${name || 'crew'} (briefing)`.slice(0, 40), crewCode: crewCode ?? '',
    }));
    socket.onmessage = (frame) => {
      const m = JSON.parse(frame.data);
      if (m.msg === 'welcome') finish(m.view?.mission);
      else if (m.msg === 'error') finish(null);
    };
    socket.onerror = () => finish(null);
    setTimeout(() => finish(null), 5000);
  });
}
