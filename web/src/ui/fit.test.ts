import { describe, expect, it } from 'vitest';
import { fitCanvas } from './fit';

const design = { width: 1920, height: 1080 };

describe('fitting the 1920×1080 design canvas into a window', () => {
  it('fills a 16:9 window exactly, smaller or larger', () => {
    expect(fitCanvas(design, { width: 1920, height: 1080 })).toEqual({ scale: 1, left: 0, top: 0 });
    expect(fitCanvas(design, { width: 3840, height: 2160 })).toEqual({ scale: 2, left: 0, top: 0 });
    const laptop = fitCanvas(design, { width: 1366, height: 768 });
    expect(laptop.scale).toBeCloseTo(0.7111, 3);
    expect(laptop.left).toBeCloseTo(0, 0);
    expect(laptop.top).toBeCloseTo(0, 0);
  });

  it('letterboxes a wider window left and right, a taller one top and bottom, never cropping', () => {
    const wide = fitCanvas(design, { width: 2560, height: 1080 });
    expect(wide).toEqual({ scale: 1, left: 320, top: 0 });
    const tall = fitCanvas(design, { width: 1920, height: 1200 });
    expect(tall).toEqual({ scale: 1, left: 0, top: 60 });
  });

  it('does not divide by zero while the window has no size yet', () => {
    expect(fitCanvas(design, { width: 0, height: 0 })).toEqual({ scale: 1, left: 0, top: 0 });
  });
});
