import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../shared/contract/audit';
import { formatDateTime } from '../../../shared/domain/dates';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import './audit.css';

/** Ændringslog for one case: who changed what and when (a short before/after summary, else the field names), and a check of the chain. */
/** What "Kontrollér loggen" says for each kind of break (shared/contract/audit.ts). */
const brokenMessage: Record<NonNullable<AuditVerification['firstBroken']>['reason'], string> = {
  hash: 'verifyBroken',
  link: 'verifyBroken',
  summary: 'verifyBroken',
  truncated: 'verifyTruncated',
  anchor: 'verifyAnchor',
};

export function CaseAuditPage({ id }: { id: string }) {
  const { t } = useTranslation('audit');
  const theCase = useLoad(() => api['cases.get']({ id }), [id]);
  const entries = useLoad(() => api['audit.list']({ caseId: id }), [id], (event) => event.id === id);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [checking, setChecking] = useState(false);

  const verify = async () => {
    setChecking(true);
    try {
      setVerification(await api['audit.verify']({}));
    } finally {
      setChecking(false);
    }
  };
  const label = (key: string, group: 'action' | 'entity' | 'field') => t(`${group}.${key}`, { defaultValue: key });

  if (entries.error) return <ErrorMessage message={entries.error.message} onRetry={entries.reload} retryLabel={t('common:actions.retry')} />;
  return (
    <section className="page">
      <p>
        <Link to={`/cases/${id}`}>← {theCase.data?.childName ?? t('common:actions.back')}</Link>
      </p>
      <PageHeader
        title={t('title', { name: theCase.data?.childName ?? '' })}
        actions={
          <button type="button" className="button" onClick={() => void verify()} disabled={checking}>
            {checking ? t('verifying') : t('verify')}
          </button>
        }
      >
        <p className="muted">{t('intro')}</p>
      </PageHeader>
      {verification && (
        <p className={verification.ok ? 'audit-verdict audit-verdict--ok' : 'audit-verdict audit-verdict--broken'} role="status">
          {verification.ok
            ? t('verifyOk', { count: verification.checked })
            : t(brokenMessage[verification.firstBroken!.reason], { seq: verification.firstBroken!.seq, at: formatDateTime(verification.firstBroken!.at), count: verification.checked })}
        </p>
      )}
      {entries.data?.length === 0 && <EmptyState>{t('empty')}</EmptyState>}
      {!!entries.data?.length && (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('fields')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.data.map((e) => (
              <tr key={e.seq}>
                {/* A narrow column wraps before "kl.", never inside the time. */}
                <td>{formatDateTime(e.at).replace(' kl. ', ' kl.\u00a0')}</td>
                <td>{e.actor}</td>
                <td>
                  {label(e.action, 'action')} {label(e.entity, 'entity')}
                </td>
                {e.summary ? (
                  <td className="audit-table__fields">{e.summary}</td>
                ) : (
                  <td className="audit-table__fields audit-table__fields--names">{e.fields.length ? e.fields.map((f) => label(f, 'field')).join(', ') : t('noFields')}</td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
