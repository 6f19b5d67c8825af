// A compass dial: the current heading (cyan) and the ordered one (amber). Click or drag to order a
// heading. Angles as on the wire: 0 = +x (east, to the right), counter-clockwise.
export class HeadingDial {
  constructor(canvas, onHeading) {
    this.canvas = canvas;
    let down = false;
    const pick = (e) => {
      const r = canvas.getBoundingClientRect();
      onHeading?.(Math.atan2(-(e.clientY - r.top - r.height / 2), e.clientX - r.left - r.width / 2));
    };
    canvas.addEventListener('pointerdown', (e) => { down = true; canvas.setPointerCapture?.(e.pointerId); pick(e); });
    canvas.addEventListener('pointermove', (e) => { if (down) pick(e); });
    canvas.addEventListener('pointerup', () => { down = false; });
  }

  draw(heading, target) {
    const c = this.canvas, dpr = window.devicePixelRatio || 1;
    const size = c.getBoundingClientRect().width || 180;
    if (c.width !== Math.round(size * dpr)) { c.width = Math.round(size * dpr); c.height = Math.round(size * dpr); }
    const g = c.getContext('2d');
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    const r = size / 2 - 4, o = size / 2;
    g.clearRect(0, 0, size, size);
    g.strokeStyle = '#2b4a6e'; g.lineWidth = 3;
    g.beginPath(); g.arc(o, o, r, 0, Math.PI * 2); g.stroke();
    g.fillStyle = '#8ea3b8'; g.font = 'bold 13px system-ui'; g.textAlign = 'center'; g.textBaseline = 'middle';
    for (let d = 0; d < 360; d += 30) {
      const a = (d * Math.PI) / 180;
      const inner = d % 90 === 0 ? r - 14 : r - 8;
      g.strokeStyle = '#44566e'; g.lineWidth = 2;
      g.beginPath(); g.moveTo(o + Math.cos(a) * inner, o - Math.sin(a) * inner); g.lineTo(o + Math.cos(a) * r, o - Math.sin(a) * r); g.stroke();
      if (d % 90 === 0) g.fillText(String(d), o + Math.cos(a) * (r - 26), o - Math.sin(a) * (r - 26));
    }
    const needle = (a, colour, len, width) => {
      g.strokeStyle = colour; g.lineWidth = width; g.lineCap = 'round';
      g.beginPath(); g.moveTo(o, o); g.lineTo(o + Math.cos(a) * len, o - Math.sin(a) * len); g.stroke();
    };
    if (target !== undefined) needle(target, '#ffd75e', r - 10, 3);
    needle(heading ?? 0, '#5ef2ff', r - 18, 6);
  }
}
