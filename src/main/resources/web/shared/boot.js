// Entry point of station.html: reads ?s=station&g=game&ship=id&c=crewCode&n=name, asks for a name
// (and a crew code) when missing, then starts the station, observer, game-master or combined page.
import { STATIONS, SPECIAL_PAGES } from './stations.js';
import { h } from './dom.js';
import { topbar } from './topbar.js';
import { createStation, runStation } from './station-page.js';
import { pageParams, NAME_KEY } from './params.js';

const app = document.getElementById('app');
const station = pageParams.station;

function askName(title) {
  return new Promise((resolve) => {
    const name = h('input.text-input', { type: 'text', maxLength: 40, placeholder: 'Your name', value: pageParams.name, required: true, autocomplete: 'nickname' });
    const code = h('input.text-input', { type: 'text', maxLength: 32, placeholder: 'Crew code (empty for open games)', value: pageParams.crewCode });
    const form = h('form.join-form', h('h1', title), h('label', 'Name', name), h('label', 'Crew code', code),
      h('button.btn.btn-primary', { type: 'submit' }, 'TAKE THE SEAT'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const n = name.value.trim();
      if (!n) return;
      localStorage.setItem(NAME_KEY, n);
      pageParams.name = n;
      pageParams.crewCode = code.value.trim();
      form.remove();
      resolve();
    });
    app.append(form);
    name.focus();
  });
}

async function main() {
  const def = STATIONS[station] ?? SPECIAL_PAGES[station];
  if (!def) { app.append(h('div.join-error', `Unknown station '${station}'. `, h('a', { href: '/' }, 'Back to the lobby'))); return; }
  document.title = `${def.title} · Starbridge`;
  if (!pageParams.gameId) { app.append(h('div.join-error', 'No game given (?g=…). ', h('a', { href: '/' }, 'Pick one in the lobby'))); return; }
  // a resumable seat in this tab needs no name: the token already carries it
  const hasToken = def.role && sessionStorage.getItem(`starbridge.token.${pageParams.gameId}.${pageParams.shipId}.${def.role}`);
  if (!pageParams.name && !hasToken) await askName(def.title);
  if (STATIONS[station]) {
    const ui = await createStation(def);
    let client = null;
    const bar = topbar(def.title, { onLeave: () => { client?.leave(); location.href = '/'; } });
    app.append(bar.el, ui.el);
    client = runStation(ui, def.role, { ...pageParams, name: pageParams.name || 'crew', bar });
  } else {
    const mod = await import(def.module);
    await mod.start(app, { ...pageParams, def });
  }
}

main().catch((e) => {
  console.error(e);
  app.append(h('div.join-error', `The station failed to start: ${e.message}`));
});
