import { type ReactNode, useEffect, useState } from 'react';
import { type Fit, fitCanvas, type Size } from './fit';

const windowSize = (): Size => ({ width: window.innerWidth, height: window.innerHeight });

/**
 * Lays its content out on a fixed design canvas (1920×1080 by default) and scales it uniformly to the window,
 * letterboxed: every screen of the same shape shows the same picture, only larger or smaller. Charts inside keep
 * their design size (their container does not change), and the SVG renderer scales them sharply.
 */
export function DesignCanvas(props: { width?: number; height?: number; className?: string; children: ReactNode }) {
  const canvas = { width: props.width ?? 1920, height: props.height ?? 1080 };
  const [fit, setFit] = useState<Fit>(() => fitCanvas(canvas, windowSize()));
  useEffect(() => {
    const update = () => setFit(fitCanvas({ width: canvas.width, height: canvas.height }, windowSize()));
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [canvas.width, canvas.height]);
  return (
    <div className="design-stage">
      <div
        className={props.className}
        data-scale={fit.scale.toFixed(4)}
        style={{
          position: 'absolute',
          left: 0,
          top: 0,
          width: canvas.width,
          height: canvas.height,
          transformOrigin: '0 0',
          transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
        }}
      >
        {props.children}
      </div>
    </div>
  );
}
