import { useCallback, useEffect, useImperativeHandle, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import './drawingPad.css';

/** What a screen can ask of the pad: the drawing as a PNG, and whether anything was drawn. */
export interface DrawingPadHandle {
  toPng(): Promise<Blob>;
  /** True once a stroke is drawn (or the picture cleared) since the pad opened. */
  changed(): boolean;
}

interface Stroke {
  color: string;
  points: { x: number; y: number; width: number }[];
}

/** A cleared page is a step of its own, so "Fortryd" brings the drawing back. */
type Step = Stroke | 'clear';

const PAPER = '#ffffff';
/** Crayons with names (never colour alone): a child can ask for "den røde". */
const CRAYONS = ['black', 'red', 'blue', 'green', 'yellow', 'orange', 'purple', 'brown'] as const;
const CRAYON_COLOURS: Record<(typeof CRAYONS)[number], string> = {
  black: '#1b1b1b',
  red: '#d3261b',
  blue: '#1f5fbf',
  green: '#2e8b3a',
  yellow: '#f2c200',
  orange: '#ef7d1a',
  purple: '#7b3fa0',
  brown: '#7a4a21',
};
const SIZES = { thin: 6, medium: 14, thick: 30 } as const;

function drawSegment(ctx: CanvasRenderingContext2D, stroke: Stroke, from: Stroke['points'][number], to: Stroke['points'][number]): void {
  ctx.strokeStyle = stroke.color;
  ctx.fillStyle = stroke.color;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.lineWidth = (from.width + to.width) / 2;
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  ctx.lineTo(to.x, to.y);
  ctx.stroke();
}

function drawStroke(ctx: CanvasRenderingContext2D, stroke: Stroke): void {
  const [first] = stroke.points;
  if (!first) return;
  // A tap is a dot.
  ctx.fillStyle = stroke.color;
  ctx.beginPath();
  ctx.arc(first.x, first.y, first.width / 2, 0, Math.PI * 2);
  ctx.fill();
  for (let i = 1; i < stroke.points.length; i++) drawSegment(ctx, stroke, stroke.points[i - 1]!, stroke.points[i]!);
}

interface Props {
  /** The accessible name of the drawing surface, e.g. "Tegning til side 2". */
  label: string;
  /** The picture's own size in pixels; the pad scales to its container and keeps this aspect. */
  width?: number;
  height?: number;
  /** A drawing to go on with (a saved page): drawn first, under the new strokes; "Ryd" clears it too. */
  background?: string | null;
  onChange?(strokes: number): void;
  ref?: Ref<DrawingPadHandle>;
}

/**
 * A drawing pad for the child's pictures (Barnets bog now; the child's own houses on a tablet later): mouse, pen
 * (pressure makes the line thicker) and finger through pointer events, named crayons, three sizes, an eraser,
 * "Fortryd" per stroke (also Ctrl+Z) and "Ryd" (which can be undone too). The result is a PNG the host checks
 * before it is stored.
 */
export function DrawingPad({ label, width = 1200, height = 900, background = null, onChange, ref }: Props) {
  const { t } = useTranslation('common');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const steps = useRef<Step[]>([]);
  const current = useRef<Stroke | null>(null);
  const backgroundImage = useRef<HTMLImageElement | null>(null);
  const [crayon, setCrayon] = useState<(typeof CRAYONS)[number] | 'eraser'>('black');
  const [size, setSize] = useState<keyof typeof SIZES>('medium');
  const [count, setCount] = useState(0);

  const context = () => canvasRef.current!.getContext('2d')!;

  const redraw = useCallback(() => {
    const ctx = context();
    const lastClear = steps.current.lastIndexOf('clear');
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, width, height);
    if (lastClear < 0 && backgroundImage.current) ctx.drawImage(backgroundImage.current, 0, 0, width, height);
    for (const step of steps.current.slice(lastClear + 1)) if (step !== 'clear') drawStroke(ctx, step);
  }, [width, height]);

  useEffect(() => {
    backgroundImage.current = null;
    redraw();
    if (!background) return;
    const image = new Image();
    image.onload = () => {
      backgroundImage.current = image;
      redraw();
    };
    image.src = background;
  }, [background, redraw]);

  const changedCount = (n: number) => {
    setCount(n);
    onChange?.(n);
  };

  useImperativeHandle(
    ref,
    () => ({
      toPng: () => new Promise<Blob>((resolve, reject) => canvasRef.current!.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('drawing.failed')))), 'image/png')),
      changed: () => steps.current.length > 0,
    }),
    [t],
  );

  const pointFrom = (event: PointerEvent<HTMLCanvasElement> | globalThis.PointerEvent) => {
    const rect = canvasRef.current!.getBoundingClientRect();
    const base = crayon === 'eraser' ? SIZES[size] * 2 : SIZES[size];
    // A pen presses harder for a thicker line; a mouse or finger reports 0.5 while down.
    const pressure = event.pointerType === 'pen' && event.pressure > 0 ? 0.4 + event.pressure * 1.2 : 1;
    return { x: ((event.clientX - rect.left) * width) / rect.width, y: ((event.clientY - rect.top) * height) / rect.height, width: base * pressure };
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const stroke: Stroke = { color: crayon === 'eraser' ? PAPER : CRAYON_COLOURS[crayon], points: [pointFrom(event)] };
    current.current = stroke;
    drawStroke(context(), stroke);
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const stroke = current.current;
    if (!stroke) return;
    // Fast strokes: the browser groups several positions into one event; draw them all for a smooth line.
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const e of events.length ? events : [event.nativeEvent]) {
      const point = pointFrom(e);
      drawSegment(context(), stroke, stroke.points.at(-1)!, point);
      stroke.points.push(point);
    }
  };

  const finish = () => {
    if (!current.current) return;
    steps.current.push(current.current);
    current.current = null;
    changedCount(steps.current.length);
  };

  const undo = () => {
    if (!steps.current.length) return;
    steps.current.pop();
    redraw();
    changedCount(steps.current.length);
  };

  const clear = () => {
    steps.current.push('clear');
    redraw();
    changedCount(steps.current.length);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      undo();
    }
  };

  return (
    <div className="drawing-pad" onKeyDown={onKeyDown}>
      <div className="drawing-pad__tools" role="toolbar" aria-label={t('drawing.tools')}>
        <div className="drawing-pad__crayons" role="group" aria-label={t('drawing.colours')}>
          {CRAYONS.map((name) => (
            <button
              key={name}
              type="button"
              className="drawing-pad__crayon"
              style={{ '--crayon': CRAYON_COLOURS[name] } as CSSProperties}
              aria-pressed={crayon === name}
              aria-label={t(`drawing.colour.${name}`)}
              title={t(`drawing.colour.${name}`)}
              onClick={() => setCrayon(name)}
            />
          ))}
          <button type="button" className="button button--small" aria-pressed={crayon === 'eraser'} onClick={() => setCrayon('eraser')}>
            {t('drawing.eraser')}
          </button>
        </div>
        <div className="drawing-pad__sizes" role="group" aria-label={t('drawing.size')}>
          {(Object.keys(SIZES) as (keyof typeof SIZES)[]).map((name) => (
            <button key={name} type="button" className="button button--small" aria-pressed={size === name} onClick={() => setSize(name)}>
              {t(`drawing.sizes.${name}`)}
            </button>
          ))}
        </div>
        <div className="drawing-pad__actions">
          <button type="button" className="button button--small" onClick={undo} disabled={count === 0} aria-keyshortcuts="Control+Z">
            {t('drawing.undo')}
          </button>
          <button type="button" className="button button--small" onClick={clear}>
            {t('drawing.clear')}
          </button>
        </div>
      </div>
      <canvas
        ref={canvasRef}
        className="drawing-pad__canvas"
        width={width}
        height={height}
        style={{ aspectRatio: `${width} / ${height}` }}
        role="img"
        aria-label={label}
        tabIndex={0}
        data-strokes={count}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={finish}
        onPointerCancel={finish}
        onLostPointerCapture={finish}
      />
    </div>
  );
}
