import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useLoad } from '../../app/useLoad';
import './cases.css';

/** A closed case shows when its retention period ends, and the municipality's legal basis (or that it is missing). */
export function RetentionNotice({ deletionDueAt }: { deletionDueAt: string }) {
  const { t } = useTranslation('cases');
  const now = useNow();
  const settings = useLoad(() => api['settings.get']({}), [], (event) => event.type === 'settings.changed');
  const overdue = new Date(deletionDueAt) <= now;
  const basis = settings.data?.retentionLegalBasis;
  return (
    <div className={overdue ? 'notice' : 'retention-notice'}>
      <p className="retention-notice__date">
        {overdue
          ? t('retention.deletionOverdue', { date: formatDate(deletionDueAt) })
          : t('retention.deletionDue', { date: formatDate(deletionDueAt), years: settings.data?.retentionYears ?? '' })}
      </p>
      {settings.data && <p className="muted small">{basis ? t('retention.legalBasis', { basis }) : t('retention.legalBasisMissing')}</p>}
    </div>
  );
}
