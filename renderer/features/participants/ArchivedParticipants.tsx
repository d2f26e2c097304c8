import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/contract/participants';
import { formatDate } from '../../../shared/domain/dates';

/** Archived people stay in the history (earlier meetings name them); they can be restored. */
export function ArchivedParticipants({ archived, onRestore, onDelete }: { archived: Participant[]; onRestore(p: Participant): void; onDelete(p: Participant): void }) {
  const { t } = useTranslation('participants');
  const [open, setOpen] = useState(false);
  if (archived.length === 0) return null;
  return (
    <div className="archived-participants">
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('section.hideArchived') : t('section.showArchived', { count: archived.length })}
      </button>
      {open && (
        <ul aria-label={t('section.archivedTitle')}>
          {archived.map((p) => (
            <li key={p.id}>
              <span className="participant__name">{p.name}</span> · {p.roleDetail || t(`role.${p.role}`)} ·{' '}
              <span className="muted">{t('section.archivedOn', { date: formatDate(p.archivedAt!) })}</span>{' '}
              <button type="button" className="link-button" onClick={() => onRestore(p)} aria-label={`${t('actions.restore')} ${p.name}`}>
                {t('actions.restore')}
              </button>
              {!p.inUse && (
                <button type="button" className="link-button link-button--danger" onClick={() => onDelete(p)} aria-label={`${t('actions.delete')} ${p.name}`}>
                  {t('actions.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
