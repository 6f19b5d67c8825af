// Keyboard shortcuts for one page. Keys are printed on the buttons; typing into a text field never
// triggers them. `onKey(key, down)` handlers allow hold-to-act keys (throttle while W is held).
const handlers = new Map();

export function bindKey(key, handler, { repeat = false } = {}) {
  handlers.set(key.toLowerCase(), { handler, repeat });
}

export function clearKeys() { handlers.clear(); }

window.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.target instanceof HTMLElement && e.target.matches('input[type=text], input[type=number], textarea, select')) return;
  const entry = handlers.get(e.key.toLowerCase());
  if (!entry || (e.repeat && !entry.repeat)) return;
  e.preventDefault();
  entry.handler(e);
});
