import { useTranslation } from 'react-i18next';
import type { AttendanceEntry } from '../../../shared/contract/meetings';
import type { Attendance } from '../../../shared/domain/meetings';

const CHOICES: Exclude<Attendance, 'invited'>[] = ['present', 'absent', 'phone'];

interface Props {
  attendance: AttendanceEntry[];
  onSet(participantId: string, status: Attendance): void;
  expanded: boolean;
  onToggle(): void;
}

/**
 * Check-in as a strip across the console: open at the welcome, where everyone is checked in (one click each, no
 * dialog), then folded to one line of counts so the phase's own work gets the width; it opens again with one click.
 */
export function AttendancePanel({ attendance, onSet, expanded, onToggle }: Props) {
  const { t } = useTranslation('meetings');
  const count = (status: Attendance) => attendance.filter((a) => a.status === status).length;
  const present = count('present') + count('phone');
  const absent = attendance.filter((a) => a.status === 'absent').map((a) => a.name);
  const summary = [
    t('attendance.summaryPresent', { count: count('present') }),
    count('phone') > 0 && t('attendance.summaryPhone', { count: count('phone') }),
    absent.length > 0 && t('attendance.summaryAbsent', { names: absent.join(', ') }),
    count('invited') > 0 && t('attendance.summaryUnknown', { count: count('invited') }),
  ].filter(Boolean);
  return (
    <section className={`attendance${expanded ? ' attendance--open' : ''}`} aria-labelledby="attendance-title">
      <div className="attendance__bar">
        <h2 id="attendance-title">
          {t('attendance.title')} <span className="muted small">{t('attendance.count', { present, count: attendance.length })}</span>
        </h2>
        {!expanded && <p className="attendance__summary">{summary.join(' · ')}</p>}
        <button type="button" className="button button--small attendance__toggle" aria-expanded={expanded} aria-controls="attendance-list" onClick={onToggle}>
          {expanded ? t('attendance.hide') : t('attendance.show')}
        </button>
      </div>
      {expanded && (
        <ul id="attendance-list" className="attendance__list">
          {attendance.map((a) => (
            <li key={a.participantId} className="attendance__row">
              <span className="attendance__name">
                {a.name} <span className="muted small">{t(`participants:role.${a.role}`, { defaultValue: a.role })}</span>
              </span>
              <span className="segmented" role="group" aria-label={t('attendance.for', { name: a.name })}>
                {CHOICES.map((choice) => (
                  <button key={choice} type="button" aria-pressed={a.status === choice} onClick={() => onSet(a.participantId, a.status === choice ? 'invited' : choice)}>
                    {t(`attendance.${choice}`)}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
