import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import './cases.css';

/**
 * On the start page: closed cases whose retention period has ended. Kreds never deletes a child's case by itself
 * (docs/decisions/retention.md, "Retention"); it keeps telling the worker until someone has used "Slet sagen nu".
 */
export function DeletionDueNotice({ onShow, showing }: { onShow(): void; showing: boolean }) {
  const { t } = useTranslation('cases');
  const due = useLoad(() => api['cases.list']({ status: 'deletion_due' }), [], (event) => event.type.startsWith('cases.') || event.type === 'settings.changed');
  const count = due.data?.length ?? 0;
  if (!count) return null;
  return (
    <div className="notice deletion-due" role="status">
      <strong>{t('retention.dueNotice', { count })}</strong> {t('retention.dueNoticeHow')}{' '}
      {!showing && (
        <button type="button" className="button" onClick={onShow}>
          {t('retention.showDue', { count })}
        </button>
      )}
    </div>
  );
}
