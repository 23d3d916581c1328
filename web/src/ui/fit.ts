/** Fitting a fixed design canvas into a window: one uniform scale, centred, the spare band left empty (letterbox). */

export interface Size {
  width: number;
  height: number;
}

export interface Fit {
  scale: number;
  /** Offsets of the scaled canvas inside the window, in window pixels. */
  left: number;
  top: number;
}

/** The largest uniform scale at which the whole canvas shows in the window, centred. */
export function fitCanvas(canvas: Size, window: Size): Fit {
  if (canvas.width <= 0 || canvas.height <= 0 || window.width <= 0 || window.height <= 0) {
    return { scale: 1, left: 0, top: 0 };
  }
  const scale = Math.min(window.width / canvas.width, window.height / canvas.height);
  return {
    scale,
    left: (window.width - canvas.width * scale) / 2,
    top: (window.height - canvas.height * scale) / 2,
  };
}
