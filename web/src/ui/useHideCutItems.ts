import { type RefObject, useEffect } from 'react';

/**
 * Hides (visibility, so nothing moves) the items under `container` matching `selector` that do not fit inside it
 * whole, and every item after the first that does not: a wall display shows whole entries or none, never half a
 * sentence. Runs again when the container's size or its content changes.
 */
export function useHideCutItems(container: RefObject<HTMLElement | null>, selector: string): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let frame = 0;
    const check = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const bottom = element.getBoundingClientRect().bottom;
        let cut = false;
        for (const item of element.querySelectorAll<HTMLElement>(selector)) {
          item.removeAttribute('data-cut');
          if (!cut && item.getBoundingClientRect().bottom > bottom + 0.5) cut = true;
          if (cut) item.setAttribute('data-cut', '');
        }
      });
    };
    check();
    const resize = new ResizeObserver(check);
    resize.observe(element);
    const mutations = new MutationObserver(check);
    mutations.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
    };
  }, [container, selector]);
}
