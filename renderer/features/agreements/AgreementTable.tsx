import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../shared/contract/agreements';
import { AGREEMENT_STATUSES, isOverdue, type AgreementStatus } from '../../../shared/domain/agreements';
import { toIsoDay } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useAnnounce } from '../../ui/Announcer';
import { Badge } from '../../ui/Page';
import { useUndoableDelete } from '../../ui/Undo';
import { showDay } from './days';
import './agreements.css';

/** The working list: who, what, by when, status (changeable here), delete for mistakes. */
export function AgreementTable({ agreements, editable = true }: { agreements: Agreement[]; editable?: boolean }) {
  const { t } = useTranslation('agreements');
  const announce = useAnnounce();
  const removeUndoably = useUndoableDelete();
  const today = toIsoDay(useNow());
  if (agreements.length === 0) return <p className="muted">{t('empty')}</p>;

  const setStatus = async (a: Agreement, status: AgreementStatus) => {
    await api['agreements.update']({
      id: a.id,
      what: a.what,
      why: a.why,
      responsibleParticipantId: a.responsibleParticipantId,
      responsibleName: a.responsibleName,
      dueDate: a.dueDate,
      goalId: a.goalId,
      mapItemId: a.mapItemId,
      comment: a.comment,
      status,
    });
    announce(t(`status.${status}`));
  };
  const remove = (a: Agreement) => removeUndoably(() => api['agreements.delete']({ id: a.id }), t('deleted', { what: a.what }));

  return (
    <table className="agreement-table">
      <thead>
        <tr>
          <th scope="col" className="agreement-table__col-who">{t('columns.who')}</th>
          <th scope="col">{t('columns.what')}</th>
          <th scope="col" className="agreement-table__col-when">{t('columns.when')}</th>
          <th scope="col" className="agreement-table__col-status">{t('columns.status')}</th>
          {editable && (
            <th scope="col" className="agreement-table__col-delete">
              <span className="visually-hidden">{t('delete')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {agreements.map((a) => (
          <tr key={a.id}>
            <td className="agreement-table__who">{a.responsibleName}</td>
            <td>
              {a.what}
              {a.why && <span className="agreement-table__why">{a.why}</span>}
              {a.carriedFromId && <Badge tone="info">{t('review.carriedBadge')}</Badge>}
            </td>
            <td>
              {showDay(a.dueDate)} {isOverdue(a, today) && <Badge tone="warning">{t('overview.overdueBadge')}</Badge>}
            </td>
            <td>
              {editable ? (
                <select aria-label={`${t('columns.status')}: ${a.what}`} value={a.status} onChange={(e) => void setStatus(a, e.target.value as AgreementStatus)}>
                  {AGREEMENT_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              ) : (
                t(`status.${a.status}`)
              )}
            </td>
            {editable && (
              <td>
                <button type="button" className="button button--small" onClick={() => void remove(a)} aria-label={`${t('delete')}: ${a.what}`}>
                  {t('delete')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
