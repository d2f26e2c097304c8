import type { Drawing } from '../../shared/contract/phones';
import { h } from './dom';

/**
 * A small drawing pad for the child on a tablet: a finger draws black lines on a white square. The drawing is kept as
 * strokes on a 1000×1000 grid (what the host stores and validates), never as an image.
 */
export function drawingPad(label: string): { element: HTMLElement; drawing(): Drawing | null; clear(): void } {
  const canvas = h('canvas', { width: 600, height: 600, class: 'pad' });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  const ctx = canvas.getContext('2d')!;
  let strokes: [number, number][][] = [];
  let current: [number, number][] | null = null;
  const points = () => strokes.reduce((n, s) => n + s.length, 0);

  const toGrid = (event: PointerEvent): [number, number] => {
    const box = canvas.getBoundingClientRect();
    const clamp = (v: number) => Math.max(0, Math.min(1000, Math.round(v)));
    return [clamp(((event.clientX - box.left) / box.width) * 1000), clamp(((event.clientY - box.top) / box.height) * 1000)];
  };
  const paint = () => {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.strokeStyle = '#1b1b1b';
    ctx.lineWidth = 8;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const stroke of strokes) {
      ctx.beginPath();
      stroke.forEach(([x, y], i) => (i ? ctx.lineTo : ctx.moveTo).call(ctx, (x * canvas.width) / 1000, (y * canvas.height) / 1000));
      if (stroke.length === 1) ctx.lineTo((stroke[0]![0] * canvas.width) / 1000 + 0.1, (stroke[0]![1] * canvas.height) / 1000);
      ctx.stroke();
    }
  };
  canvas.addEventListener('pointerdown', (event) => {
    if (strokes.length >= 300 || points() >= 3900) return;
    canvas.setPointerCapture(event.pointerId);
    current = [toGrid(event)];
    strokes.push(current);
    paint();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!current || current.length >= 2000 || points() >= 4000) return;
    const point = toGrid(event);
    const last = current[current.length - 1]!;
    if (Math.abs(point[0] - last[0]) + Math.abs(point[1] - last[1]) < 6) return;
    current.push(point);
    paint();
  });
  const end = () => (current = null);
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  paint();
  return {
    element: canvas,
    drawing: () => (strokes.length ? strokes.map((s) => s.slice()) : null),
    clear: () => {
      strokes = [];
      paint();
    },
  };
}
