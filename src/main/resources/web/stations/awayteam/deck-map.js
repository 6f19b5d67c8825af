// The deck plan of one ship as the away team knows it: known rooms lit or dark, unknown space as dark
// outlines, torch light around members, doors coloured by state, bodies, captives, strangers and the
// self-destruct console. Deck metres: x along the ship (bow to the right), y to port (up on screen).

export const DOOR_COLOURS = { OPEN: '#6cff9b', CLOSED: '#ffd75e', LOCKED: '#ff5566', JAMMED: '#ff8a3d' };
const TORCH_RADIUS = 8; // metres, as the server's Lighting.TORCH_RADIUS
const MARGIN_PX = 18;

export class DeckMap {
  /** onPick(x, y, roomId) in deck metres of the shown ship; onPickMember(id) when a member is tapped. */
  constructor(canvas, { onPick, onPickMember } = {}) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.transform = null;
    canvas.addEventListener('pointerdown', (e) => {
      if (!this.transform) return;
      const r = canvas.getBoundingClientRect();
      const px = e.clientX - r.left, py = e.clientY - r.top;
      const { x, y } = this.toDeck(px, py);
      const hit = this.memberAt(px, py);
      if (hit !== null) { onPickMember?.(hit); return; }
      onPick?.(x, y, this.roomAt(x, y));
    });
    // tests and tools: where a deck point is on the page
    canvas.deckToClient = (x, y) => {
      if (!this.transform) return null;
      const r = canvas.getBoundingClientRect();
      const p = this.toScreen(x, y);
      return { x: r.left + p.x, y: r.top + p.y, offsetX: p.x - r.width / 2, offsetY: p.y - r.height / 2 };
    };
  }

  toScreen(x, y) {
    const t = this.transform;
    return { x: t.ox + (x - t.minX) * t.scale, y: t.oy + (t.maxY - y) * t.scale };
  }

  toDeck(px, py) {
    const t = this.transform;
    return { x: t.minX + (px - t.ox) / t.scale, y: t.maxY - (py - t.oy) / t.scale };
  }

  roomAt(x, y) {
    for (const [id, r] of Object.entries(this.ship?.rooms ?? {})) if (x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h) return id;
    return null;
  }

  /** The member drawn under a screen point (within a finger's width), or null. */
  memberAt(px, py) {
    let best = null, bestD = 16;
    for (const d of this.drawn ?? []) {
      const dist = Math.hypot(d.x - px, d.y - py);
      if (dist < bestD) { best = d.id; bestD = dist; }
    }
    return best;
  }

  /** interior: the view's `interior`; shipId: the ship to draw; selected: Set of member ids. */
  draw(interior, shipId, selected) {
    const { canvas, ctx } = this;
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth, h = canvas.clientHeight;
    if (!w || !h) return;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const ship = interior?.ships?.[shipId];
    this.ship = ship;
    this.shipId = Number(shipId);
    this.members = interior?.members ?? {};
    if (!ship) { this.transform = null; return; }
    this.fit(ship, w, h);
    const rooms = Object.entries(ship.rooms);
    for (const [, r] of rooms) this.drawRoom(r);
    this.drawTorches(rooms);
    for (const [id, r] of rooms) this.drawRoomLabel(id, r);
    for (const d of Object.values(ship.doors)) this.drawDoor(d);
    for (const p of Object.values(interior.people ?? {})) if (p.shipId === this.shipId) this.drawPerson(p);
    for (const c of Object.values(interior.captives ?? {})) if (c.shipId === this.shipId && c.carriedBy === undefined && !c.rescued) this.drawCaptive(c);
    const ids = Object.keys(this.members).map(Number);
    for (const id of ids) if (selected.has(id)) this.drawPath(this.members[id]);
    this.drawn = [];
    ids.forEach((id, i) => this.drawMember(id, this.members[id], i + 1, selected.has(id)));
  }

  fit(ship, w, h) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const r of Object.values(ship.rooms)) {
      minX = Math.min(minX, r.x); minY = Math.min(minY, r.y);
      maxX = Math.max(maxX, r.x + r.w); maxY = Math.max(maxY, r.y + r.h);
    }
    const scale = Math.min((w - 2 * MARGIN_PX) / (maxX - minX), (h - 2 * MARGIN_PX) / (maxY - minY));
    this.transform = { minX, maxY, scale, ox: (w - (maxX - minX) * scale) / 2, oy: (h - (maxY - minY) * scale) / 2 };
  }

  rect(r) {
    const a = this.toScreen(r.x, r.y + r.h);
    return { x: a.x, y: a.y, w: r.w * this.transform.scale, h: r.h * this.transform.scale };
  }

  drawRoom(r) {
    const { ctx } = this;
    const s = this.rect(r);
    if (r.unknown) {
      ctx.fillStyle = '#070a10';
      ctx.fillRect(s.x, s.y, s.w, s.h);
      ctx.setLineDash([4, 4]);
      ctx.strokeStyle = '#24303f';
      ctx.lineWidth = 1;
      ctx.strokeRect(s.x + 0.5, s.y + 0.5, s.w - 1, s.h - 1);
      ctx.setLineDash([]);
      return;
    }
    ctx.fillStyle = r.lit ? '#1e3a52' : '#0d141d';
    ctx.fillRect(s.x, s.y, s.w, s.h);
    if (r.vacuum) {
      ctx.fillStyle = 'rgba(120, 80, 255, 0.16)';
      ctx.fillRect(s.x, s.y, s.w, s.h);
    }
    ctx.strokeStyle = r.damaged ? '#ff5566' : r.kind === 'BRIDGE' ? '#5ef2ff' : '#4c6a88';
    ctx.lineWidth = 2;
    ctx.strokeRect(s.x + 1, s.y + 1, s.w - 2, s.h - 2);
  }

  /** Torch light: a soft disc per member with the torch on, kept inside the member's room. */
  drawTorches(rooms) {
    const { ctx } = this;
    const byId = Object.fromEntries(rooms);
    for (const m of Object.values(this.members)) {
      if (!m.alive || !m.torch || m.inTransit || m.shipId !== this.shipId) continue;
      const room = byId[m.room];
      if (!room) continue;
      const s = this.rect(room);
      const c = this.toScreen(m.x, m.y);
      const radius = TORCH_RADIUS * this.transform.scale;
      ctx.save();
      ctx.beginPath();
      ctx.rect(s.x, s.y, s.w, s.h);
      ctx.clip();
      const g = ctx.createRadialGradient(c.x, c.y, 0, c.x, c.y, radius);
      g.addColorStop(0, 'rgba(255, 236, 170, 0.55)');
      g.addColorStop(1, 'rgba(255, 236, 170, 0)');
      ctx.fillStyle = g;
      ctx.beginPath();
      ctx.arc(c.x, c.y, radius, 0, Math.PI * 2);
      ctx.fill();
      ctx.restore();
    }
  }

  drawRoomLabel(id, r) {
    const { ctx } = this;
    const s = this.rect(r);
    if (r.unknown) {
      if (s.w > 24 && s.h > 24) {
        ctx.fillStyle = '#2c3a4c';
        ctx.font = '700 16px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText('?', s.x + s.w / 2, s.y + s.h / 2);
      }
      return;
    }
    const size = Math.max(11, Math.min(15, s.h / 3));
    ctx.font = `700 ${size}px system-ui, sans-serif`;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.fillStyle = r.lit ? '#cfe6f7' : '#8ea3b8';
    const tags = [r.vacuum ? 'VACUUM' : null, r.damaged ? 'DAMAGED' : null, r.searched ? 'searched' : null].filter(Boolean);
    const name = r.name ?? id;
    if (ctx.measureText(name).width < s.w - 8 && s.h > size + 6) ctx.fillText(name, s.x + 5, s.y + 4);
    if (tags.length && s.h > 2 * size + 10) {
      ctx.font = `600 ${size - 2}px system-ui, sans-serif`;
      ctx.fillStyle = r.vacuum || r.damaged ? '#ff8a9a' : '#8ea3b8';
      ctx.fillText(tags.join(' · '), s.x + 5, s.y + 6 + size);
    }
    if (r.bodies) this.drawBodies(r, s, size);
    if (r.console) this.drawConsole(r);
  }

  drawBodies(r, s, size) {
    const { ctx } = this;
    ctx.font = `700 ${size}px system-ui, sans-serif`;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = '#b9a7a7';
    ctx.fillText(`✝ ${r.bodies}`, s.x + s.w - 5, s.y + s.h - 4);
  }

  drawConsole(r) {
    const { ctx } = this;
    const c = this.toScreen(r.x + r.w * 0.75, r.y + r.h / 2);
    const size = Math.max(16, Math.min(28, 3 * this.transform.scale));
    ctx.fillStyle = '#0c4a57';
    ctx.strokeStyle = '#5ef2ff';
    ctx.lineWidth = 2;
    ctx.fillRect(c.x - size / 2, c.y - size / 2, size, size);
    ctx.strokeRect(c.x - size / 2, c.y - size / 2, size, size);
    ctx.fillStyle = '#5ef2ff';
    ctx.font = `800 ${Math.round(size * 0.45)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('SD', c.x, c.y);
  }

  drawDoor(d) {
    const { ctx } = this;
    const c = this.toScreen(d.x, d.y);
    const half = Math.max(5, 0.9 * this.transform.scale);
    ctx.fillStyle = DOOR_COLOURS[d.state] ?? '#fff';
    ctx.strokeStyle = '#05080d';
    ctx.lineWidth = 1.5;
    ctx.fillRect(c.x - half, c.y - half, 2 * half, 2 * half);
    ctx.strokeRect(c.x - half, c.y - half, 2 * half, 2 * half);
    if (d.state === 'LOCKED' || d.state === 'JAMMED') {
      ctx.fillStyle = '#1a0000';
      ctx.font = `800 ${Math.round(half * 1.4)}px system-ui, sans-serif`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(d.state === 'LOCKED' ? 'L' : 'J', c.x, c.y + 1);
    }
  }

  drawPerson(p) {
    const { ctx } = this;
    const c = this.toScreen(p.x, p.y);
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = '#5ef2ff';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(c.x, c.y, 9, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
  }

  drawCaptive(c) {
    const { ctx } = this;
    const p = this.toScreen(c.x, c.y);
    ctx.fillStyle = c.alive ? '#ffd75e' : '#6b6b6b';
    ctx.beginPath();
    ctx.moveTo(p.x, p.y - 11);
    ctx.lineTo(p.x + 10, p.y + 8);
    ctx.lineTo(p.x - 10, p.y + 8);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = '#1a1400';
    ctx.font = '800 11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('C', p.x, p.y + 2);
  }

  drawPath(m) {
    if (!m?.path?.length || m.shipId !== this.shipId) return;
    const { ctx } = this;
    ctx.strokeStyle = 'rgba(94, 242, 255, 0.7)';
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 5]);
    ctx.beginPath();
    const start = this.toScreen(m.x, m.y);
    ctx.moveTo(start.x, start.y);
    for (const w of m.path) {
      if (w.shipId !== this.shipId) break; // the rest of the way is on the other ship
      const p = this.toScreen(w.x, w.y);
      ctx.lineTo(p.x, p.y);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    const last = [...m.path].reverse().find((w) => w.shipId === this.shipId);
    if (last) {
      const p = this.toScreen(last.x, last.y);
      ctx.strokeStyle = '#5ef2ff';
      ctx.beginPath();
      ctx.arc(p.x, p.y, 7, 0, Math.PI * 2);
      ctx.stroke();
    }
  }

  drawMember(id, m, number, selected) {
    if (!m || m.shipId !== this.shipId || m.inTransit) return;
    const { ctx } = this;
    const at = this.toScreen(m.x, m.y);
    // small dots on a big hull, so the torch light around them still shows
    const r = Math.max(8, Math.min(11, 1.2 * this.transform.scale));
    // people standing together fan out on a ring around the first, so every one stays visible and tappable
    const near = this.drawn.filter((d) => Math.hypot(d.ox - at.x, d.oy - at.y) < 2 * r).length;
    const c = { x: at.x + (near ? (2 * r + 3) * Math.cos(near * Math.PI / 3) : 0), y: at.y + (near ? (2 * r + 3) * Math.sin(near * Math.PI / 3) : 0) };
    this.drawn.push({ id, x: c.x, y: c.y, ox: at.x, oy: at.y });
    if (selected) {
      ctx.strokeStyle = '#5ef2ff';
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.arc(c.x, c.y, r + 5, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.fillStyle = !m.alive ? '#444b55' : m.air < 120 ? '#ff5566' : '#6cff9b';
    ctx.strokeStyle = '#05080d';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(c.x, c.y, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = '#02140a';
    ctx.font = '800 13px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(m.alive ? String(number) : '✕', c.x, c.y + 1);
    if (m.carrying !== undefined) {
      ctx.fillStyle = '#ffd75e';
      ctx.beginPath();
      ctx.arc(c.x + r, c.y - r, 5, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}
