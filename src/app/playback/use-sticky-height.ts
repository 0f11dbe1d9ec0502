import { useLayoutEffect, type RefObject } from 'react';

/**
 * Publishes the height of a sticky element as a CSS variable on the root element. The page's scroll
 * padding uses it, so an element scrolled into view, such as the tour's highlight, stays clear of the
 * sticky element. The height changes with the window's width, the text size and workshop mode.
 */
export function useStickyHeight(ref: RefObject<HTMLElement | null>, variable: string): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty(variable, `${element.getBoundingClientRect().height}px`);

    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(variable);
    };
  }, [ref, variable]);
}
