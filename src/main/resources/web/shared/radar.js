// The radar canvas every station draws on. North-up, +x to the right, +y up (the wire's frame);
// centred on the own ship unless `centre` is given. Pure drawing: stations pass what to show.
const COLOURS = {
  own: '#5ef2ff', hostile: '#ff5566', friendly: '#6cff9b', neutral: '#ffd75e', lost: '#7d8799',
  torpedoOwn: '#aef', torpedo: '#ff9f43', grid: 'rgba(94,242,255,0.16)', gridText: 'rgba(190,220,240,0.55)',
  aim: '#ffd75e', select: '#ffffff', arc: 'rgba(255,215,94,0.14)', arcEdge: 'rgba(255,215,94,0.5)',
};
// Smallest drawn size, css px, of a contact too far or too small to show at scale: big by hull class for
// the built-in ones; any other (a mission file's own hull class) by its radius in metres, as the
// mothership (900 m) is big and the corvette (30 m) and frigate (60 m) small.
const MIN_PX_BY_HULL = { mothership: 12, frigate: 7, corvette: 7 };
const BIG_SHIP_RADIUS = 300;
const minimumPixels = (c) => MIN_PX_BY_HULL[c.hull] ?? ((c.radius ?? 30) >= BIG_SHIP_RADIUS ? 12 : 7);

export class Radar {
  /** opts: {range (m, half-width shown), onPick(worldX, worldY, contactId|null), onDrag(worldX, worldY)} */
  constructor(canvas, opts = {}) {
    this.canvas = canvas;
    this.range = opts.range ?? 5000;
    this.onPick = opts.onPick;
    this.onDrag = opts.onDrag;
    this.hits = [];
    let down = false;
    const world = (e) => this.toWorld(e.offsetX, e.offsetY);
    canvas.addEventListener('pointerdown', (e) => {
      if (!this.onPick && !this.onDrag) return;
      down = true;
      canvas.setPointerCapture?.(e.pointerId);
      const [x, y] = world(e);
      this.onPick?.(x, y, this.hitTest(e.offsetX, e.offsetY));
    });
    canvas.addEventListener('pointermove', (e) => { if (down && this.onDrag) this.onDrag(...world(e)); });
    canvas.addEventListener('pointerup', () => { down = false; });
    canvas.addEventListener('pointercancel', () => { down = false; });
  }

  resize() {
    const r = this.canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(50, Math.round(r.width * dpr)), hgt = Math.max(50, Math.round(r.height * dpr));
    if (this.canvas.width !== w || this.canvas.height !== hgt) { this.canvas.width = w; this.canvas.height = hgt; }
    this.dpr = dpr;
    this.cssW = r.width; this.cssH = r.height;
    this.scale = Math.min(r.width, r.height) / 2 / this.range; // css px per metre
  }

  toScreen(x, y) { return [this.cssW / 2 + (x - this.cx) * this.scale, this.cssH / 2 - (y - this.cy) * this.scale]; }
  toWorld(sx, sy) { return [this.cx + (sx - this.cssW / 2) / this.scale, this.cy - (sy - this.cssH / 2) / this.scale]; }

  hitTest(sx, sy) {
    let best = null, bestD = 30;
    for (const hit of this.hits) {
      const d = Math.hypot(hit.sx - sx, hit.sy - sy) - hit.r;
      if (d < bestD) { bestD = d; best = hit.id; }
    }
    return best;
  }

  /**
   * scene: {own: {x,y,heading,radius,cloaked}, targetHeading, contacts: [{id,x,y,heading,radius,hostile,lost,name,scanned}],
   *   torpedoes: [{x,y,heading,own}], selectedId, aim: {x,y}, arcs: [{facing,halfArc,range}], centre: {x,y}, labels}
   */
  draw(scene) {
    this.resize();
    const g = this.canvas.getContext('2d');
    g.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    g.clearRect(0, 0, this.cssW, this.cssH);
    const own = scene.own ?? { x: 0, y: 0, heading: 0, radius: 30 };
    this.cx = scene.centre?.x ?? own.x;
    this.cy = scene.centre?.y ?? own.y;
    this.hits = [];
    this.drawGrid(g);
    if (scene.arcs) for (const arc of scene.arcs) this.drawArc(g, own, arc);
    if (scene.aim) this.drawAim(g, scene.aim);
    for (const c of scene.contacts ?? []) this.drawContact(g, c, c.id === scene.selectedId, scene.labels !== false);
    for (const t of scene.torpedoes ?? []) this.drawTorpedo(g, t);
    if (scene.showOwn !== false) this.drawOwn(g, own, scene.targetHeading);
  }

  drawGrid(g) {
    const [ox, oy] = this.toScreen(this.cx, this.cy);
    const ringStep = niceStep(this.range / 2.5);
    g.lineWidth = 1;
    g.font = '13px system-ui, sans-serif';
    for (let r = ringStep; r <= this.range * 1.45; r += ringStep) {
      g.strokeStyle = COLOURS.grid;
      g.beginPath(); g.arc(ox, oy, r * this.scale, 0, Math.PI * 2); g.stroke();
      g.fillStyle = COLOURS.gridText;
      g.fillText(r >= 1000 ? `${r / 1000} km` : `${r} m`, ox + 4, oy - r * this.scale - 3);
    }
    g.strokeStyle = COLOURS.grid;
    g.beginPath(); g.moveTo(0, oy); g.lineTo(this.cssW, oy); g.moveTo(ox, 0); g.lineTo(ox, this.cssH); g.stroke();
  }

  drawArc(g, own, arc) {
    const [sx, sy] = this.toScreen(own.x, own.y);
    const centre = -(own.heading + arc.facing); // screen angles run clockwise
    const r = arc.range * this.scale;
    g.fillStyle = COLOURS.arc; g.strokeStyle = COLOURS.arcEdge; g.lineWidth = 1;
    g.beginPath(); g.moveTo(sx, sy); g.arc(sx, sy, r, centre - arc.halfArc, centre + arc.halfArc); g.closePath();
    g.fill(); g.stroke();
  }

  drawAim(g, aim) {
    const [sx, sy] = this.toScreen(aim.x, aim.y);
    g.strokeStyle = COLOURS.aim; g.lineWidth = 2;
    g.beginPath(); g.moveTo(sx - 12, sy); g.lineTo(sx + 12, sy); g.moveTo(sx, sy - 12); g.lineTo(sx, sy + 12); g.stroke();
    g.beginPath(); g.arc(sx, sy, 8, 0, Math.PI * 2); g.stroke();
  }

  drawShip(g, x, y, heading, radius, colour, minPx) {
    const [sx, sy] = this.toScreen(x, y);
    const r = Math.max(minPx, radius * this.scale);
    g.save(); g.translate(sx, sy); g.rotate(-heading);
    g.fillStyle = colour; g.strokeStyle = colour;
    g.beginPath(); g.moveTo(r, 0); g.lineTo(-r * 0.7, r * 0.6); g.lineTo(-r * 0.4, 0); g.lineTo(-r * 0.7, -r * 0.6); g.closePath();
    g.fill();
    g.restore();
    return [sx, sy, r];
  }

  drawContact(g, c, selected, labels) {
    if (c.lost) {
      const [sx, sy] = this.toScreen(c.x, c.y);
      g.strokeStyle = COLOURS.lost; g.setLineDash([4, 4]); g.lineWidth = 1.5;
      g.beginPath(); g.arc(sx, sy, 10, 0, Math.PI * 2); g.stroke(); g.setLineDash([]);
      if (labels) { g.fillStyle = COLOURS.lost; g.font = '13px system-ui, sans-serif'; g.fillText(`${c.name ?? '?'} (last known)`, sx + 14, sy + 4); }
      return;
    }
    const colour = c.colour ?? (c.hostile ? COLOURS.hostile : COLOURS.friendly);
    const [sx, sy, r] = this.drawShip(g, c.x, c.y, c.heading ?? 0, c.radius ?? 30, colour, minimumPixels(c));
    this.hits.push({ id: c.id, sx, sy, r });
    if (c.cloaked) { g.strokeStyle = colour; g.setLineDash([3, 3]); g.beginPath(); g.arc(sx, sy, r + 8, 0, Math.PI * 2); g.stroke(); g.setLineDash([]); }
    if (selected) {
      g.strokeStyle = COLOURS.select; g.lineWidth = 2;
      const s = r + 8;
      g.strokeRect(sx - s, sy - s, s * 2, s * 2);
    }
    if (labels) {
      g.fillStyle = colour; g.font = 'bold 14px system-ui, sans-serif';
      g.fillText(c.name ?? `#${c.id}`, sx + r + 6, sy - 4);
    }
  }

  drawTorpedo(g, t) {
    const [sx, sy] = this.toScreen(t.x, t.y);
    g.fillStyle = t.own ? COLOURS.torpedoOwn : COLOURS.torpedo;
    g.beginPath(); g.arc(sx, sy, 3.5, 0, Math.PI * 2); g.fill();
    g.strokeStyle = g.fillStyle; g.lineWidth = 1;
    g.beginPath(); g.moveTo(sx, sy); g.lineTo(sx - Math.cos(t.heading) * 12, sy + Math.sin(t.heading) * 12); g.stroke();
  }

  drawOwn(g, own, targetHeading) {
    const [sx, sy] = this.toScreen(own.x, own.y);
    const len = Math.min(this.cssW, this.cssH) * 0.45;
    g.lineWidth = 2;
    g.strokeStyle = 'rgba(94,242,255,0.7)';
    g.beginPath(); g.moveTo(sx, sy); g.lineTo(sx + Math.cos(own.heading) * len, sy - Math.sin(own.heading) * len); g.stroke();
    if (targetHeading !== undefined && Math.abs(targetHeading - own.heading) > 0.01) {
      g.setLineDash([6, 6]); g.strokeStyle = 'rgba(255,215,94,0.8)';
      g.beginPath(); g.moveTo(sx, sy); g.lineTo(sx + Math.cos(targetHeading) * len, sy - Math.sin(targetHeading) * len); g.stroke();
      g.setLineDash([]);
    }
    this.drawShip(g, own.x, own.y, own.heading, own.radius ?? 30, own.cloaked ? 'rgba(94,242,255,0.45)' : COLOURS.own, 9);
  }
}

/** 1, 2 or 5 × a power of ten, for ring spacing. */
function niceStep(x) {
  const p = 10 ** Math.floor(Math.log10(x));
  const m = x / p;
  return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
}

/** Radar scene pieces from a view; `extra` overrides. */
export function sceneFromView(view, extra = {}) {
  const contacts = Object.entries(view?.contacts ?? {}).map(([id, c]) => ({ id: Number(id), ...c }));
  const torpedoes = Object.values(view?.torpedoes ?? {});
  return { own: view?.ship, contacts, torpedoes, ...extra };
}

export { COLOURS };
