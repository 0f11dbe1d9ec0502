import { useEffect, useRef } from 'react';
import { paintTile } from './draw-textures';
import type { PhaseStyle } from './phase-style';

const SIZE_PX = 16;

/** Paints a small square with a phase's fill and texture, using the same painter as the lanes. */
export function PhaseSwatch({ style }: { style: PhaseStyle }) {
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const size = Math.round(SIZE_PX * dpr);
    canvas.width = size;
    canvas.height = size;
    // Paint two tiles across, so the texture reads at swatch size as it does in a lane.
    ctx.scale(0.5, 0.5);
    paintTile(ctx, style, size);
    ctx.translate(size, 0);
    paintTile(ctx, style, size);
    ctx.translate(-size, size);
    paintTile(ctx, style, size);
    ctx.translate(size, 0);
    paintTile(ctx, style, size);
    if (style.texture === 'thin') {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, size, size);
      ctx.fillStyle = style.fill;
      ctx.fillRect(0, size * 0.35, size, size * 0.3);
    }
  }, [style]);

  return <canvas ref={ref} className="lanes-swatch" aria-hidden="true" style={{ width: SIZE_PX, height: SIZE_PX }} />;
}
