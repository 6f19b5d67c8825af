// Which stations exist, the role each one takes on the wire, and the combined sets for small crews.
export const STATIONS = {
  helm: { role: 'HELM', title: 'Helm', module: '../stations/helm/helm.js' },
  weapons: { role: 'WEAPONS', title: 'Weapons', module: '../stations/weapons/weapons.js' },
  engineering: { role: 'ENGINEERING', title: 'Engineering', module: '../stations/engineering/engineering.js' },
  science: { role: 'SCIENCE', title: 'Science', module: '../stations/science/science.js' },
  comms: { role: 'COMMS', title: 'Comms', module: '../stations/comms/comms.js' },
  captain: { role: 'CAPTAIN', title: 'Captain', module: '../stations/captain/captain.js' },
  awayteam: { role: 'AWAY_TEAM', title: 'Away team', module: '../stations/awayteam/awayteam.js' },
  viewscreen: { role: 'VIEWSCREEN', title: 'Main view screen', module: '../stations/viewscreen/viewscreen.js' },
};

/** Pages that are not one crew seat. */
export const SPECIAL_PAGES = {
  observer: { role: 'OBSERVER', title: 'Observer', module: '../stations/observer/observer.js' },
  gm: { role: 'GAME_MASTER', title: 'Game master', module: '../stations/gm/gm.js' },
  pilot: { title: 'Pilot (helm + weapons)', module: '../stations/combined/combined.js', parts: ['helm', 'weapons'] },
  ops: { title: 'Ops (engineering + science + comms + captain)', module: '../stations/combined/combined.js', parts: ['engineering', 'science', 'comms', 'captain'] },
  solo: { title: 'Single pilot (helm + weapons + engineering + captain)', module: '../stations/combined/combined.js', parts: ['helm', 'weapons', 'engineering', 'captain'] },
};

export function stationByRole(role) {
  return Object.entries(STATIONS).find(([, s]) => s.role === role)?.[0];
}

/** The short link to a station page; `code` is the ship's crew code (omitted for open games). */
export function stationUrl(base, { station, gameId, shipId, code }) {
  const q = new URLSearchParams({ s: station, g: gameId, ship: String(shipId) });
  if (code) q.set('c', code);
  return `${base}/station.html?${q}`;
}
