import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALE_MAX, SCALE_MIN, marksByValue, spread } from '../../../shared/domain/scaling';

export interface ScaleMark {
  name: string;
  value: number;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');
}

/** The 0–10 line with everyone's mark, the spread between lowest and highest, and last meeting's marks faintly. */
export function ScaleView({ marks, previous = [] }: { marks: ScaleMark[]; previous?: ScaleMark[] }) {
  const { t, i18n } = useTranslation('map');
  const s = spread(marks.map((m) => m.value));
  const steps = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => i + SCALE_MIN);
  const at = (value: number) => `${(value / SCALE_MAX) * 100}%`;
  const summary = s ? t('scale.summary', { count: s.count, min: s.min, max: s.max, median: s.median.toLocaleString(i18n.language) }) : t('scale.none');
  // Marks on the same number stack upwards: the figure makes room for the tallest stack, so none covers the text above.
  const tallest = Math.max(1, ...[...marksByValue(marks).values()].map((group) => group.length));
  return (
    <figure className="scale" style={{ '--stack': tallest } as CSSProperties}>
      <div className="scale__track" role="img" aria-label={summary}>
        {s && s.range > 0 && <div className="scale__spread" style={{ left: at(s.min), width: `${(s.range / SCALE_MAX) * 100}%` }} />}
        {steps.map((value) => (
          <span key={value} className="scale__tick" style={{ left: at(value) }}>
            {value}
          </span>
        ))}
        {[...marksByValue(previous).entries()].map(([value, group]) => (
          <span key={`p${value}`} className="scale__ghost" style={{ left: at(value) }} title={group.map((m) => m.name).join(', ')} />
        ))}
        {[...marksByValue(marks).entries()].map(([value, group]) => (
          <span key={value} className="scale__stack" style={{ left: at(value) }}>
            {group.map((m) => (
              <span key={m.name} className="scale__mark" title={`${m.name}: ${m.value}`}>
                {initials(m.name)}
              </span>
            ))}
          </span>
        ))}
      </div>
      <figcaption className="scale__caption">{summary}</figcaption>
    </figure>
  );
}
