// A scanned ship's subsystems drawn at their real places on a hull outline. Subsystem positions are
// hull-relative metres (x forward, y left); the bow points right. Colour: class (red critical, amber
// secondary) at full health, fading to grey as health falls; a cross when destroyed.
export function drawHullMap(canvas, contact) {
  const dpr = window.devicePixelRatio || 1;
  const r = canvas.getBoundingClientRect();
  if (canvas.width !== Math.round(r.width * dpr) || canvas.height !== Math.round(r.height * dpr)) {
    canvas.width = Math.round(r.width * dpr); canvas.height = Math.round(r.height * dpr);
  }
  const g = canvas.getContext('2d');
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, r.width, r.height);
  g.fillStyle = '#8ea3b8'; g.font = '16px system-ui'; g.textAlign = 'center';
  if (!contact) { g.fillText('Select a contact', r.width / 2, r.height / 2); return; }
  if (!contact.subsystems) { g.fillText(contact.scanned ? 'No subsystem data' : 'Not scanned — press SCAN', r.width / 2, r.height / 2); return; }
  const radius = contact.radius ?? 100;
  const scale = Math.min(r.width / (radius * 2.3), r.height / (radius * 1.1));
  const cx = r.width / 2, cy = r.height / 2;
  // an elongated hull: long ships (the mothership) are drawn as an ellipse 2:0.9
  g.strokeStyle = '#5ef2ff'; g.lineWidth = 2; g.fillStyle = 'rgba(94,242,255,0.06)';
  g.beginPath(); g.ellipse(cx, cy, radius * scale, radius * 0.42 * scale, 0, 0, Math.PI * 2); g.fill(); g.stroke();
  g.beginPath(); g.moveTo(cx + radius * scale, cy); g.lineTo(cx + radius * scale + 14, cy); g.stroke();
  g.fillStyle = '#5ef2ff'; g.textAlign = 'left'; g.fillText('BOW ▶', cx + radius * scale - 50, cy - radius * 0.42 * scale - 8);
  for (const [id, s] of Object.entries(contact.subsystems)) {
    const x = cx + s.x * scale, y = cy - s.y * scale;
    const base = s.critical ? [255, 85, 102] : [255, 215, 94];
    const f = s.destroyed ? 0 : s.health;
    const col = base.map((c) => Math.round(c * (0.35 + 0.65 * f) + 90 * (1 - f) * 0.4));
    const size = 13;
    g.fillStyle = `rgb(${col.join(',')})`;
    g.beginPath(); g.arc(x, y, size, 0, Math.PI * 2); g.fill();
    g.strokeStyle = '#05080d'; g.lineWidth = 2; g.stroke();
    if (s.destroyed) {
      g.strokeStyle = '#fff'; g.lineWidth = 3;
      g.beginPath(); g.moveTo(x - 9, y - 9); g.lineTo(x + 9, y + 9); g.moveTo(x + 9, y - 9); g.lineTo(x - 9, y + 9); g.stroke();
    }
    g.fillStyle = '#e8f1fa'; g.font = 'bold 13px system-ui'; g.textAlign = 'center';
    g.fillText(`${s.name} ${s.destroyed ? '✕' : Math.round(s.health * 100) + '%'}`, x, y + size + 15);
    void id;
  }
}
