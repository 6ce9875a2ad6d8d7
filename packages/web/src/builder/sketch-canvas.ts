import { useStore } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useTheme } from '../ui/theme.ts';
import type { SketchColors, SketchView } from './graph-sketch.ts';

/**
 * The 2D context of a canvas sized to `width` × `height` CSS pixels at the screen's pixel density, scaled so
 * drawing is in CSS pixels. Resizing only when the size changed keeps a redraw from reallocating the canvas.
 */
export function sketchContext(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const density = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * density));
  const h = Math.max(1, Math.round(height * density));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(density, 0, 0, density, 0, 0);
  return ctx;
}

const STATUS_FILL: Record<string, string> = {
  completed: 'var(--ok)',
  failed: 'var(--fail)',
  running: 'var(--run)',
  queued: 'var(--run)',
  review: 'var(--wait)',
  incomplete: 'var(--wait)',
};

/**
 * The theme's colours as a canvas takes them: its tokens are `light-dark()` pairs that only CSS resolves, so
 * each is read back from a probe element inside `host`, where the page's colour scheme applies.
 */
export function sketchColors(host: Element): SketchColors {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  host.appendChild(probe);
  const resolve = (value: string) => {
    probe.style.color = value;
    return getComputedStyle(probe).color;
  };
  const colors: SketchColors = {
    node: resolve('var(--panel)'),
    border: resolve('var(--muted)'),
    link: resolve('var(--muted)'),
    selected: resolve('var(--accent)'),
    mask: resolve('color-mix(in srgb, var(--bg) 60%, transparent)'),
    status: Object.fromEntries(Object.entries(STATUS_FILL).map(([status, token]) => [status, resolve(`color-mix(in srgb, ${token} 45%, var(--panel))`)])),
  };
  probe.remove();
  return colors;
}

/** sketchColors for the current theme, read again when the theme changes (a new function then, so a redraw follows). */
export function useSketchColors(): (host: Element) => SketchColors {
  const theme = useTheme();
  const cache = useRef<{ theme: string; colors: SketchColors } | undefined>(undefined);
  return useCallback(
    (host: Element) => {
      if (cache.current?.theme !== theme) cache.current = { theme, colors: sketchColors(host) };
      return cache.current.colors;
    },
    [theme],
  );
}

/** The part of the flow the canvas shows now, as a sketch's view (re-rendering on every frame of a pan or zoom). */
export function useCanvasView(): SketchView {
  const tx = useStore((s) => s.transform[0]);
  const ty = useStore((s) => s.transform[1]);
  const zoom = useStore((s) => s.transform[2]);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  return { x: -tx / zoom, y: -ty / zoom, zoom, width, height };
}
