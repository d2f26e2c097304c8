import { useTranslation } from 'react-i18next';
import { useLayoutEffect, useRef } from 'react';
import type { SharedContent } from '../../../shared/contract/sharedScreen';
import { SCALE_MAX, SCALE_MIN, spread } from '../../../shared/domain/scaling';
import { atLeast, laneLabels } from '../../../shared/domain/screenFit';
import { useFitStep } from '../../ui/fit/FitScreen';
import { Pager, wordCount } from '../../ui/fit/Pager';
import { DANISH } from './danish';
import './scalingView.css';

type ScalingContent = Extract<SharedContent, { kind: 'scaling' }>;
type Question = ScalingContent['questions'][number];

const STEPS = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => i + SCALE_MIN);
const at = (value: number) => `${(value / SCALE_MAX) * 100}%`;

/**
 * Scaling the family can read: each question on one large 0–10 line, each person's name (never initials) under their
 * number, in rows so no two names touch and none covers the question; what 0 and 10 mean in one sentence each.
 * Focus: the first question whole, the others as how many answered and the spread. Paged: one question a page.
 */
export function ScalingView({ content }: { content: ScalingContent }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const step = useFitStep();
  const anchors = (
    <div className="ss-scale__anchors">
      <p>
        <strong>0</strong> = {content.zero}
      </p>
      <p>
        <strong>10</strong> = {content.ten}
      </p>
    </div>
  );
  const [first, ...rest] = content.questions;
  if (!first) return <p className="ss-empty">{t('noAnswers')}</p>;
  if (atLeast(step, 'paged') && content.questions.length > 1) {
    return (
      <div className="ss-scaling">
        <Pager id="scaling" blocks={content.questions.map((q) => ({ key: q.id, words: wordCount(q.text, ...q.scores.map((s) => s.name)), node: <Scale question={q} /> }))} />
        {anchors}
      </div>
    );
  }
  const summarised = atLeast(step, 'focus');
  return (
    <div className={`ss-scaling${rest.length ? '' : ' ss-scaling--single'}`}>
      <Scale question={first} />
      {rest.map((q) => (summarised ? <ScaleSummary key={q.id} question={q} /> : <Scale key={q.id} question={q} />))}
      {anchors}
    </div>
  );
}

function ScaleSummary({ question }: { question: Question }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const s = spread(question.scores.map((score) => score.value));
  return (
    <p className="ss-scale__summary">
      <strong>{question.text}</strong> {s ? t('answers', { count: s.count, min: s.min, max: s.max }) : t('noAnswers')}
    </p>
  );
}

function Scale({ question }: { question: Question }) {
  const names = useRef<HTMLDivElement>(null);
  const values = new Set(question.scores.map((s) => s.value));
  // The names' places need their widths: measured and written before the screen checks its fit (no state, no flash).
  useLayoutEffect(() => {
    const box = names.current;
    if (!box) return;
    const width = box.clientWidth;
    const labels = [...box.querySelectorAll<HTMLElement>('.ss-scale__name')];
    const placed = laneLabels(
      labels.map((label) => ({ x: (Number(label.dataset.value) / SCALE_MAX) * width, width: label.offsetWidth })),
      width,
      parseFloat(getComputedStyle(box).fontSize) * 0.5,
    );
    const row = (labels[0]?.offsetHeight ?? 0) * 1.1;
    labels.forEach((label, i) => {
      label.style.left = `${placed[i]!.left}px`;
      label.style.top = `${placed[i]!.lane * row}px`;
    });
    box.style.height = `${(Math.max(-1, ...placed.map((p) => p.lane)) + 1) * row}px`;
  });
  return (
    <section className="ss-scale">
      <h2 className="ss-scale__question">{question.text}</h2>
      <div className="ss-scale__line" role="img" aria-label={question.scores.map((s) => `${s.name}: ${s.value}`).join(', ')}>
        <div className="ss-scale__track" />
        {STEPS.map((value) => (
          <span key={value} className={`ss-scale__tick${values.has(value) ? ' ss-scale__tick--used' : ''}`} style={{ left: at(value) }}>
            {value}
          </span>
        ))}
      </div>
      <div className="ss-scale__names" ref={names} aria-hidden="true">
        {[...values].map((value) => (
          <span key={`g${value}`} className="ss-scale__guide" style={{ left: at(value) }} />
        ))}
        {question.scores.map((score, i) => (
          <span key={i} className="ss-scale__name" data-value={score.value}>
            {score.name}
          </span>
        ))}
      </div>
    </section>
  );
}
