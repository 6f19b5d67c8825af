// Science: long-range radar and contact list, the scan button (S) with progress, and the selected
// contact's subsystem map on its hull outline.
import { h, setText } from '../../shared/dom.js';
import { bar, button, panel, readout } from '../../shared/widgets.js';
import { Radar, sceneFromView } from '../../shared/radar.js';
import { deg, km, liveContacts } from '../../shared/format.js';
import { drawHullMap } from './hull-map.js';

const RANGES = [5000, 15000, 40000, 80000];

export function create({ send, readOnly }) {
  let view = null;
  let selectedId = null;
  let rangeIndex = 2;

  const canvas = h('canvas.radar', { 'aria-label': 'Long-range radar; click a contact to select it' });
  const radar = new Radar(canvas, { range: RANGES[rangeIndex], onPick: (x, y, id) => { if (id !== null) selectedId = id; listKey = ''; } });
  const zoom = (d) => { rangeIndex = Math.max(0, Math.min(RANGES.length - 1, rangeIndex + d)); radar.range = RANGES[rangeIndex]; };
  const radarPanel = panel('Long-range sensors', canvas,
    h('div.row', h('button.btn.nav-allowed', { type: 'button', onclick: () => zoom(-1) }, 'ZOOM IN'), h('button.btn.nav-allowed', { type: 'button', onclick: () => zoom(1) }, 'ZOOM OUT')));
  radarPanel.el.classList.add('grow');

  const list = h('div.list', { style: { maxHeight: '200px' } });
  const listPanel = panel('Contacts', list);
  const scanButton = button('SCAN', { key: 'S', onClick: () => scan(), cls: 'btn-primary' });
  scanButton.id = 'science-scan';
  const progress = bar('SCAN', { tone: 'info' });
  const name = readout('Contact'), range = readout('Range'), bearing = readout('Bearing'), hull = readout('Hull');
  const mapCanvas = h('canvas', { style: { width: '100%', height: '230px', display: 'block' } });
  const detailPanel = panel('Selected contact', name.el, range.el, bearing.el, hull.el, h('div.row', scanButton), progress.el, mapCanvas);

  function scan() { if (selectedId !== null) send('StartScan', { targetShipId: selectedId }); }
  function next() {
    const cs = liveContacts(view);
    if (!cs.length) return;
    const i = cs.findIndex((c) => c.id === selectedId);
    selectedId = cs[(i + 1) % cs.length].id;
    listKey = '';
  }

  let listKey = '';
  const el = h('div', h('div.col', radarPanel.el), h('div.col', listPanel.el, detailPanel.el));
  el.dataset.station = 'science';

  return {
    el,
    keys: readOnly ? {} : { s: scan, n: next },
    update(v) {
      view = v;
      const contacts = liveContacts(v);
      const sci = v.science ?? {};
      if (selectedId === null || !contacts.some((c) => c.id === selectedId)) selectedId = sci.scanTargetId ?? contacts[0]?.id ?? null;
      const key = contacts.map((c) => `${c.id}:${c.name}:${Math.round(c.range / 100)}:${c.scanned}`).join('|') + selectedId;
      if (key !== listKey) {
        listKey = key;
        list.replaceChildren(...(contacts.length ? contacts.map((c) => h(`div.list-item${c.id === selectedId ? '.selected' : ''}`,
          { onclick: () => { selectedId = c.id; listKey = ''; }, dataset: { contactId: c.id } },
          h('strong.grow', c.name), c.hostile ? h('span.tag.hostile', 'HOSTILE') : null,
          h('span.tag', c.scanned ? 'SCANNED' : c.hull), h('span', km(c.range)))) : [h('div.hint', 'Nothing on sensors.')]));
      }
      const c = contacts.find((x) => x.id === selectedId);
      name.set(c ? `${c.name} (${c.hull})` : '—');
      range.set(c ? km(c.range) : '—');
      bearing.set(c ? deg(c.bearing) : '—');
      hull.set(c?.scanned ? `${Math.round(c.hullPercent ?? 0)}%${c.derelict ? ' · DERELICT' : ''}` : '?', c?.derelict ? 'good' : '');
      const scanning = sci.scanTargetId !== undefined;
      progress.set(scanning ? sci.scanProgress : c?.scanned ? 1 : 0, scanning ? `${Math.round(sci.scanProgress * 100)}%` : c?.scanned ? 'DONE' : '—');
      setText(scanButton.querySelector('.btn-text'), scanning ? 'SCANNING…' : c?.scanned ? 'RESCAN' : 'SCAN');
      scanButton.disabled = readOnly || !c;
    },
    animate(v) {
      if (!v?.ship) return;
      radar.draw(sceneFromView(v, { selectedId }));
      drawHullMap(mapCanvas, liveContacts(v).find((c) => c.id === selectedId));
    },
  };
}
