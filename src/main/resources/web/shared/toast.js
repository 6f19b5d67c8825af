// Short messages stacked in a corner: rejections, game messages, cues a glance should catch.
let container = null;

function ensureContainer() {
  if (!container) {
    container = document.createElement('div');
    container.className = 'toasts';
    container.setAttribute('role', 'status');
    container.setAttribute('aria-live', 'polite');
    document.body.append(container);
  }
  return container;
}

/** kind: 'info' | 'warn' | 'error' | 'good'. */
export function toast(text, kind = 'info', seconds = 5) {
  const box = ensureContainer();
  const el = document.createElement('div');
  el.className = `toast toast-${kind}`;
  el.textContent = text;
  box.append(el);
  // keep the stack short: a flood of rejections must not cover the controls
  while (box.children.length > 4) box.firstChild.remove();
  setTimeout(() => el.classList.add('toast-fading'), seconds * 1000);
  setTimeout(() => el.remove(), seconds * 1000 + 600);
}
