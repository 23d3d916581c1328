import { type RefObject, useEffect } from 'react';

/**
 * Sets the font size of `container` (whose content sizes itself in em) to the largest, from `max` down to `min` px,
 * at which its content fits its height: a wall display shows every item whole, however long the texts the server
 * sends. Runs again when the container's size or content changes.
 */
export function useFitFont(container: RefObject<HTMLElement | null>, max: number, min: number): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        let size = max;
        element.style.fontSize = `${size}px`;
        while (size > min && element.scrollHeight > element.clientHeight + 1) {
          size -= 1;
          element.style.fontSize = `${size}px`;
        }
        element.dataset.fontSize = String(size);
      });
    };
    fit();
    const resize = new ResizeObserver(fit);
    resize.observe(element);
    const mutations = new MutationObserver(fit);
    mutations.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
    };
  }, [container, max, min]);
}
