import { useTranslation } from 'react-i18next';
import type { AttendanceEntry } from '../../../shared/contract/meetings';
import type { Attendance } from '../../../shared/domain/meetings';

const CHOICES: Exclude<Attendance, 'invited'>[] = ['present', 'absent', 'phone'];

/** Check-in: each invited person is present, absent or taking part by phone. One click each, no dialog. */
export function AttendancePanel({ attendance, onSet }: { attendance: AttendanceEntry[]; onSet(participantId: string, status: Attendance): void }) {
  const { t } = useTranslation('meetings');
  const present = attendance.filter((a) => a.status === 'present' || a.status === 'phone').length;
  return (
    <section className="attendance" aria-labelledby="attendance-title">
      <h2 id="attendance-title">
        {t('attendance.title')} <span className="muted small">{t('attendance.count', { present, count: attendance.length })}</span>
      </h2>
      <ul>
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
    </section>
  );
}
