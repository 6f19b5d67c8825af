// Helm's docking clamps: the nearest ship with an airlock, its hull gap and relative speed against
// the clamps' limits, DOCK (K) when both are met, UNDOCK (U) — leaving members behind only on purpose.
import { h, setText } from '../../shared/dom.js';
import { button, panel } from '../../shared/widgets.js';

export function dockingPanel({ send, readOnly }) {
  let docking = null;
  const status = h('div.big-number#helm-docking-status', { style: { fontSize: '18px', flex: '1', whiteSpace: 'normal' } }, '—');
  const detail = h('div.hint#helm-docking-detail', '');
  const nearest = () => Object.entries(docking?.candidates ?? {}).map(([id, c]) => ({ id: Number(id), ...c })).sort((a, b) => a.gap - b.gap)[0];
  const dock = button('DOCK', { key: 'K', cls: 'btn-primary', onClick: () => { const c = nearest(); if (c) send('Dock', { targetShipId: c.id }); } });
  dock.id = 'helm-dock';
  const undock = button('UNDOCK', { key: 'U', onClick: () => send('Undock', { leaveBehind: false }) });
  undock.id = 'helm-undock';
  const leave = button('LEAVE THEM BEHIND', { cls: 'btn-danger', onClick: () => send('Undock', { leaveBehind: true }) });
  // one row of status and buttons: the helm page must fit a 1280×800 tablet with this panel shown
  const buttons = h('div.row', dock, undock, leave);
  const p = panel('Docking', h('div.row', status, buttons), detail);

  return {
    el: p.el,
    keys: readOnly ? {} : { k: () => dock.click(), u: () => undock.click() },
    update(d) {
      docking = d;
      p.el.style.display = d?.hasAirlock ? '' : 'none'; // .panel's display:flex would beat [hidden]
      if (!d) return;
      const c = nearest();
      const docked = d.dockedTo !== undefined;
      const host = docked ? d.candidates?.[d.dockedTo]?.name ?? `ship ${d.dockedTo}` : null;
      setText(status, docked ? `DOCKED · ${host}` : c ? (c.canDock ? `READY TO DOCK · ${c.name}` : `${c.name}: ${Math.round(c.gap)} m`) : 'NOTHING TO DOCK WITH');
      status.dataset.docked = String(docked);
      setText(detail, docked ? (d.membersAway ? `${d.membersAway} of the away team across — undocking leaves them` : 'The whole team is aboard.')
        : c ? `Gap ${Math.round(c.gap)} m (≤ ${d.range}) · relative ${c.relativeSpeed.toFixed(1)} m/s (≤ ${d.maxSpeed})` : 'No ship with an airlock within 5 km.');
      buttons.style.display = docked || c ? '' : 'none'; // nothing near: no buttons to press
      dock.disabled = readOnly || docked || !c?.canDock;
      undock.disabled = readOnly || !docked || d.membersAway > 0;
      leave.style.display = docked && d.membersAway ? '' : 'none';
    },
  };
}
