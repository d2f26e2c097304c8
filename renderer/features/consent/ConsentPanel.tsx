import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentRecord, ConsentStatus } from '../../../shared/contract/consent';
import type { Participant } from '../../../shared/contract/participants';
import { formatDate, toIsoDay } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useAnnounce } from '../../ui/Announcer';
import { Badge, ErrorMessage } from '../../ui/Page';
import { ConsentDialog } from './ConsentDialog';
import './consent.css';

interface Props {
  caseId: string;
  childName: string;
  status: ConsentStatus;
  participants: Participant[];
}

/** Whether valid consent exists, what it covers, who falls outside it, and what the private network may be told. */
export function ConsentPanel({ caseId, childName, status, participants }: Props) {
  const { t } = useTranslation('consent');
  const now = useNow();
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<{ editing: ConsentRecord | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const required = status.required;
  const requiredText =
    required.youngPerson && required.custodyHolders > 0
      ? t('required.turning15')
      : required.youngPerson
        ? t('required.young')
        : t('required.custody', { count: required.custodyHolders });

  const withdraw = async (record: ConsentRecord) => {
    try {
      setError(null);
      await api['consent.withdraw']({ id: record.id, withdrawnOn: toIsoDay(now) });
      announce(t('withdrawn'));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="card consent" aria-labelledby="consent-title">
      <div className="card__header">
        <h2 id="consent-title">
          {t('title')} <Badge tone={status.valid ? 'success' : 'warning'}>{status.valid ? t('valid') : t('invalid')}</Badge>
        </h2>
        <button type="button" className="button" onClick={() => setDialog({ editing: null })}>
          {t('record')}
        </button>
      </div>
      <p className="muted small">{requiredText}</p>
      {error && <ErrorMessage message={error} />}
      {status.records.length === 0 && <p className="notice">{t('none')}</p>}
      {status.valid && (
        <dl className="consent__covers">
          <dt>{t('covers')}</dt>
          <dd>{status.coveredInfoTypes.map((i) => t(`infoType.${i}`)).join(', ')}</dd>
          <dt>{t('to')}</dt>
          <dd>{status.coveredRecipients.join(', ')}</dd>
          <dt>{t('purpose')}</dt>
          <dd>{status.purposes.join(' · ')}</dd>
        </dl>
      )}
      {status.records.length > 0 && status.professionalsOutsideScope.length > 0 && (
        <div className="notice" role="note">
          <strong>{t('outsideScope', { names: status.professionalsOutsideScope.map((p) => p.name).join(', ') })}</strong>
          <br />
          {t('outsideScopeHint')}
        </div>
      )}
      <div className="consent__network">
        <h3>{t('networkTitle')}</h3>
        <p className="muted small">{t('networkHint')}</p>
        {status.networkSharing.length > 0 ? status.networkSharing.map((text) => <p key={text}>{text}</p>) : <p>{t('networkNone')}</p>}
      </div>
      {status.records.length > 0 && (
        <details className="consent__records">
          <summary>
            {t('records')} ({status.records.length})
          </summary>
          <ul>
            {status.records.map((r) => (
              <li key={r.id}>
                <strong>{t('recordLine', { kind: t(`kind.${r.kind}`), date: formatDate(`${r.givenOn}T12:00:00`) })}</strong>
                {r.kind === 'consent' ? ` · ${t('givenBy', { names: r.givenBy.map((g) => g.name).join(', ') })}` : r.legalBasis ? ` · ${t(`legalBasis.${r.legalBasis}`)}` : ''}
                {r.withdrawnOn && ` · ${t('withdrawnOn', { date: formatDate(`${r.withdrawnOn}T12:00:00`) })}`}
                {!r.valid && !r.withdrawnOn && (
                  <div className="consent__problem">{t('notValid', { problems: r.problems.map((p) => t(`problem.${p}`)).join(', ') })}</div>
                )}
                <div className="participant__actions">
                  <button type="button" className="link-button" onClick={() => setDialog({ editing: r })}>
                    {t('edit')}
                  </button>
                  {!r.withdrawnOn && (
                    <button type="button" className="link-button link-button--danger" onClick={() => void withdraw(r)}>
                      {t('withdraw')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
      <ConsentDialog
        caseId={caseId}
        childName={childName}
        open={dialog !== null}
        editing={dialog?.editing ?? null}
        participants={participants}
        onClose={() => setDialog(null)}
      />
    </section>
  );
}
