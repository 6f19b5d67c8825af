// JSON Merge Patch (RFC 7396) as docs/protocol.md §3.1 applies it to a station's view.
export function mergePatch(target, patch) {
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'msg') continue;
    if (value === null) delete target[key];
    else if (typeof value === 'object' && !Array.isArray(value)) {
      if (typeof target[key] !== 'object' || target[key] === null || Array.isArray(target[key])) target[key] = {};
      mergePatch(target[key], value);
    } else target[key] = value;
  }
  return target;
}
