import type { Selection } from '../../app/selection';
import type { PointerTarget } from './hit-test';

/** Room kept between the pointer and the tooltip, in CSS pixels. */
const TOOLTIP_OFFSET_PX = 14;

/**
 * Adds click selection and a hover tooltip to the stage `node`. `find` returns what is under a point
 * in CSS pixels from the stage's top left. Returns a function that removes the listeners and the tooltip.
 */
export function attachPointer(
  node: HTMLElement,
  find: (x: number, y: number) => PointerTarget | null,
  onSelect: (selection: Selection) => void,
): () => void {
  const tooltip = document.createElement('div');
  tooltip.className = 'lanes-tooltip';
  // The keyboard list carries the same facts for screen readers, so the tooltip stays out of their way.
  tooltip.setAttribute('aria-hidden', 'true');
  tooltip.hidden = true;
  node.append(tooltip);

  function localPoint(event: MouseEvent): [number, number] {
    const bounds = node.getBoundingClientRect();
    return [event.clientX - bounds.left, event.clientY - bounds.top];
  }

  function onClick(event: MouseEvent): void {
    const target = find(...localPoint(event));
    if (target) onSelect(target.selection);
  }

  function onMove(event: MouseEvent): void {
    const [x, y] = localPoint(event);
    // While a button is down the pointer drags the time axis, and a tooltip would trail behind it.
    const target = event.buttons === 0 ? find(x, y) : null;
    node.classList.toggle('is-over-item', target !== null);
    if (!target) {
      tooltip.hidden = true;
      return;
    }
    if (tooltip.textContent !== target.text) tooltip.textContent = target.text;
    tooltip.hidden = false;
    const flip = x > node.clientWidth / 2;
    const left = flip ? x - TOOLTIP_OFFSET_PX - tooltip.offsetWidth : x + TOOLTIP_OFFSET_PX;
    tooltip.style.transform = `translate(${Math.round(left)}px, ${Math.round(y + TOOLTIP_OFFSET_PX)}px)`;
  }

  function onLeave(): void {
    tooltip.hidden = true;
    node.classList.remove('is-over-item');
  }

  node.addEventListener('click', onClick);
  node.addEventListener('mousemove', onMove);
  node.addEventListener('mouseleave', onLeave);
  return () => {
    node.removeEventListener('click', onClick);
    node.removeEventListener('mousemove', onMove);
    node.removeEventListener('mouseleave', onLeave);
    tooltip.remove();
  };
}
