// The briefing text and the objectives checklist, shared by captain, comms and observer.
import { h, setText } from './dom.js';

export function missionPanel() {
  const briefing = h('p.briefing', { style: { margin: 0, fontSize: '19px' } }, 'No briefing for this ship.');
  const list = h('ul.objectives', { style: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '6px' } });
  let key = '';
  return {
    briefing, list,
    update(mission) {
      if (!mission) return;
      setText(briefing, mission.briefing);
      const k = (mission.objectives ?? []).map((o) => `${o.id}:${o.done}`).join();
      if (k === key) return;
      key = k;
      list.replaceChildren(...(mission.objectives ?? []).map((o) => h('li', {
        dataset: { objective: o.id, done: String(o.done) },
        style: { fontSize: '20px', fontWeight: 700, color: o.done ? 'var(--good)' : 'var(--text)', display: 'flex', gap: '10px', alignItems: 'center' },
      }, h('span', { style: { fontSize: '26px', width: '1.2em' } }, o.done ? '☑' : '☐'), o.text)));
    },
  };
}
