import type { Drawing } from '../../shared/contract/phones';

/** A child's drawing from the tablet, drawn from its strokes (points on a 1000×1000 grid) as SVG lines. */
export function DrawingView({ drawing, label, className }: { drawing: Drawing; label: string; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 1000 1000" role="img" aria-label={label}>
      <rect width="1000" height="1000" fill="#fff" />
      {drawing.map((stroke, i) =>
        stroke.length === 1 ? (
          <circle key={i} cx={stroke[0]![0]} cy={stroke[0]![1]} r="7" fill="#1b1b1b" />
        ) : (
          <polyline key={i} points={stroke.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" stroke="#1b1b1b" strokeWidth="14" strokeLinecap="round" strokeLinejoin="round" />
        ),
      )}
    </svg>
  );
}
