import { useTranslation } from 'react-i18next';
import type { PhaseDetail } from '../../../shared/contract/meetings';

/** The meeting's phases with progress: done (visited, before the current one), current, still to come. */
export function PhaseList({ phases, currentId, onSelect }: { phases: PhaseDetail[]; currentId: string | null; onSelect(id: string): void }) {
  const { t } = useTranslation('meetings');
  const currentIndex = phases.findIndex((p) => p.id === currentId);
  return (
    <nav className="phase-list" aria-label={t('console.phases')}>
      <p className="phase-list__progress">
        {currentIndex >= 0 ? t('console.phaseOf', { n: currentIndex + 1, count: phases.length }) : t('console.notStarted')}
      </p>
      <div className="phase-list__bar" aria-hidden="true">
        <span style={{ width: `${phases.length ? ((currentIndex + 1) / phases.length) * 100 : 0}%` }} />
      </div>
      <ol>
        {phases.map((phase, index) => {
          const state = phase.id === currentId ? 'current' : index < currentIndex ? 'done' : 'todo';
          return (
            <li key={phase.id} className={`phase-list__item phase-list__item--${state}`}>
              <button type="button" onClick={() => onSelect(phase.id)} aria-current={state === 'current' ? 'step' : undefined}>
                <span className="phase-list__marker" aria-hidden="true">
                  {state === 'done' ? '✓' : index + 1}
                </span>
                {/* Title and minutes flow as one text, so a narrow column wraps words instead of overlapping them. */}
                <span className="phase-list__title">
                  {phase.title} <span className="phase-list__minutes">{t('console.minutes', { count: phase.plannedMinutes })}</span>
                </span>
                {state === 'done' && <span className="visually-hidden">{t('console.done')}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
