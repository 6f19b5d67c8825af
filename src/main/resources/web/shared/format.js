// Number formats used on every station: big, short and unit-labelled.

export function km(metres) {
  const abs = Math.abs(metres);
  if (abs >= 100_000) return `${(metres / 1000).toFixed(0)} km`;
  if (abs >= 1000) return `${(metres / 1000).toFixed(1)} km`;
  return `${Math.round(metres)} m`;
}

export function pct(fraction) { return `${Math.round(fraction * 100)}%`; }

/** Heading in compass-style degrees 0–359, counter-clockwise from +x as the wire defines it. */
export function deg(rad) {
  const d = Math.round((rad * 180) / Math.PI) % 360;
  return `${String((d + 360) % 360).padStart(3, '0')}°`;
}

export function seconds(s) { return s >= 10 ? `${Math.round(s)} s` : `${s.toFixed(1)} s`; }

/** Pretty text for jump phases and other SCREAMING_CASE enums. */
export function label(enumName) { return String(enumName ?? '').toLowerCase().replace(/_/g, ' '); }

/**
 * The `contacts` section without `lost` entries, sorted by range; each with its `range` (m) and
 * `bearing` (rad) from the own ship, derived here rather than sent in every delta.
 */
export function liveContacts(view) {
  const sx = view?.ship?.x ?? 0, sy = view?.ship?.y ?? 0;
  return Object.entries(view?.contacts ?? {})
    .filter(([, c]) => !c.lost)
    .map(([id, c]) => ({ id: Number(id), ...c, range: Math.hypot(c.x - sx, c.y - sy), bearing: Math.atan2(c.y - sy, c.x - sx) }))
    .sort((a, b) => a.range - b.range);
}
