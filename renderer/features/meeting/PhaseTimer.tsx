import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseDetail } from '../../../shared/contract/meetings';
import { elapsedSeconds, formatDuration, timerTone } from '../../../shared/domain/meetings';
import { useNow } from '../../app/AppInfo';
import { useAnnounce } from '../../ui/Announcer';

/** Elapsed against planned (a read-only record once the meeting is over), with a calm tone that shifts as the plan runs out: a hint to the facilitator, never an alarm. */
export function PhaseTimer({ phase, onToggle, disabled }: { phase: PhaseDetail; onToggle(): void; disabled: boolean }) {
  const { t } = useTranslation('meetings');
  const [, tick] = useState(0);
  useEffect(() => {
    if (!phase.runningSince) return;
    const timer = window.setInterval(() => tick((n) => n + 1), 1000);
    return () => window.clearInterval(timer);
  }, [phase.runningSince]);
  const now = useNow();
  const elapsed = elapsedSeconds(phase, now);
  const tone = timerTone(elapsed, phase.plannedMinutes);
  const running = !!phase.runningSince;
  // Running over is told once per phase, politely: the facilitator who is listening to the family is not interrupted.
  const announce = useAnnounce();
  const over = !disabled && tone === 'over';
  const toldFor = useRef<string | null>(null);
  useEffect(() => {
    if (!over || toldFor.current === phase.id) return;
    toldFor.current = phase.id;
    announce(t('timer.overAnnounce', { phase: phase.title }));
  }, [over, phase.id, phase.title, announce, t]);
  return (
    <div className={`phase-timer phase-timer--${disabled ? 'calm' : tone}`}>
      <span className="phase-timer__time" role="timer" aria-live="off">
        <span className="phase-timer__elapsed">{formatDuration(elapsed)}</span>
        <span className="phase-timer__planned"> / {formatDuration(phase.plannedMinutes * 60)}</span>
      </span>
      {!disabled && tone === 'over' && <span className="phase-timer__note">{t('timer.over', { minutes: Math.ceil((elapsed - phase.plannedMinutes * 60) / 60) })}</span>}
      {!disabled && tone === 'nearing' && <span className="phase-timer__note">{t('timer.nearing')}</span>}
      {!disabled && (
        <button type="button" className="button button--small" onClick={onToggle} aria-keyshortcuts="Alt+T">
          {running ? t('timer.pause') : t('timer.start')}
        </button>
      )}
    </div>
  );
}
