// The briefing text and the objectives checklist, shared by captain, comms and observer.
import { h, setText } from './dom.js';

// focusOpen: the list scrolls inside its panel (a station short of room, e.g. the captain's column)
// and keeps the first objective not yet done at its top. progress: "2 / 9" done, for a panel title.
export function missionPanel({ focusOpen = false } = {}) {
  const briefing = h('p.briefing', { style: { margin: 0, fontSize: '19px' } }, 'No briefing for this ship.');
  const list = h('ul.objectives', { style: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '6px',
    ...(focusOpen ? { overflowY: 'auto', minHeight: 0, flex: '1 1 auto', position: 'relative' } : {}) } });
  const progress = h('span.objectives-progress', { style: { color: 'var(--text)', marginLeft: '10px', letterSpacing: '0.06em' } }, '');
  let key = null; // what the list shows: ids and done flags; null before the first mission section
  const showFirstOpen = () => {
    const open = list.querySelector('[data-done="false"]');
    list.scrollTop = open ? open.offsetTop : list.scrollHeight; // the list is the items' offset parent
  };
  return {
    briefing, list, progress,
    update(mission) {
      if (!mission) return;
      setText(briefing, mission.briefing);
      // the mission file decides the objectives: a mission may give none
      const objectives = mission.objectives ?? [];
      const k = objectives.map((o) => `${o.id}:${o.done}`).join();
      if (k === key) return;
      key = k;
      const done = objectives.filter((o) => o.done).length;
      setText(progress, objectives.length ? `${done} / ${objectives.length}` : '');
      if (objectives.length === 0) {
        list.replaceChildren(h('li.no-objectives', { style: { fontSize: '18px', color: 'var(--dim)', fontStyle: 'italic' } },
          'No objectives given — follow the briefing.'));
        return;
      }
      list.replaceChildren(...objectives.map((o) => h('li', {
        dataset: { objective: o.id, done: String(o.done) },
        style: { fontSize: '20px', fontWeight: 700, color: o.done ? 'var(--good)' : 'var(--text)', display: 'flex', gap: '10px', alignItems: 'center' },
      }, h('span', { style: { fontSize: '26px', width: '1.2em' } }, o.done ? '☑' : '☐'), o.text)));
      if (focusOpen) showFirstOpen();
    },
  };
}
