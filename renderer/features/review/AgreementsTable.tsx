import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';

interface AgreementRow {
  id: string;
  responsibleName: string;
  what: string;
  dueDate: string | null;
}

/**
 * The read-only agreements table of the review screens and the printed plan: who, what, by when, and a status
 * column where `status` is given (the plan lists only open agreements, so it has none).
 */
export function AgreementsTable<T extends AgreementRow>({ agreements, status, text = (s) => s, anchored = false, targetId }: {
  agreements: T[];
  status?(agreement: T): ReactNode;
  /** How free text shows, e.g. with the search words highlighted. */
  text?(value: string): ReactNode;
  /** On a record a search hit can point into, every row gets an `item-<id>` anchor and the hit (`targetId`) is marked. */
  anchored?: boolean;
  targetId?: string;
}) {
  const { t } = useTranslation('review');
  return (
    <table className="agreements-table">
      <thead>
        <tr>
          <th scope="col">{t('agreement.who')}</th>
          <th scope="col">{t('agreement.what')}</th>
          <th scope="col">{t('agreement.due')}</th>
          {status && <th scope="col">{t('agreement.status')}</th>}
        </tr>
      </thead>
      <tbody>
        {agreements.map((a) => (
          <tr key={a.id} id={anchored ? `item-${a.id}` : undefined} className={anchored ? (a.id === targetId ? 'is-target' : '') : undefined}>
            <td>{text(a.responsibleName)}</td>
            <td>{text(a.what)}</td>
            <td>{a.dueDate ? formatDate(a.dueDate) : '–'}</td>
            {status && <td>{status(a)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
