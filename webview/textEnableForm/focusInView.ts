// Keyboard focus must never land under the sticky Submit bar. The browser scrolls a focused field
// into the viewport, not out from under a sticky footer, so: CSS scroll-padding sized to the bar
// (used where the browser honours it), and after each focus change a check that moves the page
// when the field still sits under the bar (or above the top edge).
const MARGIN_PX = 12;

export function keepFocusInView(root: HTMLElement, bar: HTMLElement): void {
  const publishHeight = (): void => {
    document.documentElement.style.setProperty('--sticky-bar-height', `${bar.offsetHeight}px`);
  };
  new ResizeObserver(publishHeight).observe(bar);
  publishHeight();
  root.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || bar.contains(target)) return;
    // After the browser's own scroll for the focus change.
    requestAnimationFrame(() => revealAboveBar(target, bar));
  });
}

function revealAboveBar(target: HTMLElement, bar: HTMLElement): void {
  if (document.activeElement !== target && !target.contains(document.activeElement)) return;
  const rect = target.getBoundingClientRect();
  const limit = bar.getBoundingClientRect().top - MARGIN_PX;
  if (rect.bottom > limit) window.scrollBy({ top: Math.min(rect.bottom - limit, rect.top - MARGIN_PX) });
  else if (rect.top < MARGIN_PX) window.scrollBy({ top: rect.top - MARGIN_PX });
}
