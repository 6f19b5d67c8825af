// Shared controls: labelled bars, buttons with their keyboard shortcut printed on them, sliders,
// panels. Every control is at least 48 px tall (style.css) for tablets.
import { h, setText } from './dom.js';

/** A horizontal bar; `set(fraction, text, tone)` where tone is '', 'warn' or 'bad'. */
export function bar(labelText, { tone = '' } = {}) {
  const fill = h('div.bar-fill');
  const value = h('span.bar-value');
  const el = h('div.bar', { dataset: { tone } }, h('span.bar-label', labelText), h('div.bar-track', fill), value);
  return {
    el,
    set(fraction, text, newTone) {
      const f = Math.max(0, Math.min(1, Number(fraction) || 0));
      fill.style.width = `${(f * 100).toFixed(1)}%`;
      setText(value, text ?? `${Math.round(f * 100)}%`);
      if (newTone !== undefined && el.dataset.tone !== newTone) el.dataset.tone = newTone;
    },
  };
}

/** Tone for a health fraction: green, amber under 60 %, red under 25 %. */
export function healthTone(fraction, destroyed = false) {
  if (destroyed || fraction <= 0.25) return 'bad';
  return fraction < 0.6 ? 'warn' : '';
}

/** A big button; `key` is shown on it and registered by the page's keyboard map. */
export function button(text, { key, onClick, cls = '', title } = {}) {
  const el = h(`button.btn${cls ? '.' + cls : ''}`, { type: 'button', title: title ?? (key ? `${text} (${key})` : text) },
    h('span.btn-text', text), key ? h('kbd', key) : null);
  el.addEventListener('click', (e) => { e.preventDefault(); onClick?.(e); });
  return el;
}

/** A labelled range input; `onInput(value)` on user changes; `set(value)` from the view unless dragging. */
export function slider(labelText, { min, max, step, value = 0, format = (v) => v, onInput, vertical = false } = {}) {
  const input = h('input.slider', { type: 'range', min, max, step, value, 'aria-label': labelText });
  const out = h('span.slider-value', format(value));
  let dragging = false;
  input.addEventListener('pointerdown', () => { dragging = true; });
  window.addEventListener('pointerup', () => { dragging = false; });
  input.addEventListener('input', () => { setText(out, format(Number(input.value))); onInput?.(Number(input.value)); });
  const el = h(`div.slider-row${vertical ? '.vertical' : ''}`, h('span.slider-label', labelText), input, out);
  return {
    el, input,
    set(v) {
      if (dragging || document.activeElement === input && dragging) return;
      if (Number(input.value) !== v) input.value = v;
      setText(out, format(v));
    },
  };
}

/** A titled panel; returns {el, body}. */
export function panel(title, ...children) {
  const body = h('div.panel-body', ...children);
  const el = h('section.panel', h('h2.panel-title', title), body);
  return { el, body };
}

/** A label/value readout row. */
export function readout(labelText) {
  const value = h('span.readout-value', '—');
  const el = h('div.readout', h('span.readout-label', labelText), value);
  return { el, set(text, tone = '') { setText(value, text); if (value.dataset.tone !== tone) value.dataset.tone = tone; } };
}

/** Disables every control inside `root` and marks it read-only (observer). */
export function makeReadOnly(root) {
  root.classList.add('read-only');
  for (const c of root.querySelectorAll('button, input, select, textarea')) {
    if (c.closest('.nav-allowed')) continue;
    c.disabled = true;
    c.tabIndex = -1;
  }
}
