import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_TYPES, ageThisYear, type CaseStatus, type CaseType } from '../../../shared/domain/cases';
import { formatDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useNow } from '../../app/AppInfo';
import { useSettings } from '../../app/settings';
import { useShortcut } from '../../app/shortcuts';
import { useLoad } from '../../app/useLoad';
import { Badge, EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { FollowUpCounts } from '../followups/FollowUpNav';
import { DeletionDueNotice } from './DeletionDueNotice';

type StatusFilter = CaseStatus | 'all' | 'deletion_due';

export function CaseListPage() {
  const { t } = useTranslation('cases');
  const now = useNow();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('open');
  const [caseType, setCaseType] = useState<CaseType | 'all'>('all');
  const [worker, setWorker] = useState('');
  const cases = useLoad(
    () => api['cases.list']({ query, status, caseType, responsibleWorker: worker || undefined }),
    [query, status, caseType, worker],
    (event) => event.type.startsWith('cases.') || event.type.startsWith('participants.'),
  );
  const workers = useLoad(() => api['cases.workers']({}), [], (event) => event.type === 'cases.changed');
  const { settings } = useSettings();
  const search = useRef<HTMLInputElement>(null);
  useShortcut('search.focus', () => search.current?.focus());
  const filtered = query !== '' || status !== 'open' || caseType !== 'all' || worker !== '';

  return (
    <section className="page">
      <PageHeader
        title={t('list.title')}
        actions={
          <Link to="/cases/new" className="button button--primary">
            {t('list.new')}
          </Link>
        }
      >
        <FollowUpCounts />
      </PageHeader>
      <DeletionDueNotice showing={status === 'deletion_due'} onShow={() => setStatus('deletion_due')} />
      {settings.demoCases > 0 && (
        <p className="notice">
          {t('common:demo.listBanner')} <Link to="/settings">{t('common:demo.manage')}</Link>
        </p>
      )}
      <div className="filters" role="search">
        <label className="filters__search">
          <span className="visually-hidden">{t('list.search')}</span>
          <input
            ref={search}
            type="search"
            aria-keyshortcuts="/"
            placeholder={t('list.search')} value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('list.search')} />
        </label>
        <label>
          <span>{t('list.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
            <option value="open">{t('statusValue.open')}</option>
            <option value="closed">{t('statusValue.closed')}</option>
            <option value="all">{t('list.allStatuses')}</option>
            <option value="deletion_due">{t('retention.filter')}</option>
          </select>
        </label>
        <label>
          <span>{t('list.type')}</span>
          <select value={caseType} onChange={(e) => setCaseType(e.target.value as CaseType | 'all')}>
            <option value="all">{t('list.allTypes')}</option>
            {CASE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('list.worker')}</span>
          <select value={worker} onChange={(e) => setWorker(e.target.value)}>
            <option value="">{t('list.allWorkers')}</option>
            {(workers.data ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </div>

      {cases.error && <ErrorMessage message={cases.error.message} onRetry={cases.reload} retryLabel={t('common:actions.retry')} />}
      {cases.data && cases.data.length === 0 && (
        <EmptyState
          action={
            filtered ? undefined : (
              <Link to="/cases/new" className="button button--primary">
                {t('list.new')}
              </Link>
            )
          }
        >
          {filtered ? t('list.noMatch') : t('list.empty')}
          {!filtered && settings.demoCases === 0 && (
            <>
              {' '}
              {t('list.emptyDemoHint')} <Link to="/settings">{t('common:nav.settings')}</Link>.
            </>
          )}
        </EmptyState>
      )}
      {cases.data && cases.data.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {t('list.count', { count: cases.data.length })}
          </p>
          <ul className="case-list" aria-label={t('list.title')}>
            {cases.data.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`} className="case-row">
                  <span className="case-row__name">{c.childName}</span>
                  <span className="case-row__meta">
                    {t('common:age.years', { count: ageThisYear(c.birthYear, now) })} · {t(`type.${c.caseType}`)}
                  </span>
                  <span className="case-row__worker">{c.responsibleWorker}</span>
                  <span className="case-row__status">
                    <Badge tone={c.status === 'open' ? 'info' : 'muted'}>{t(`statusValue.${c.status}`)}</Badge>
                    {c.deletionDue && <Badge tone="danger">{t('retention.badge')}</Badge>}
                    {c.isDemo && <Badge tone="warning">{t('common:demo.badge')}</Badge>}
                  </span>
                  <span className="case-row__date">
                    <span className="visually-hidden">{t('list.lastActivity')}: </span>
                    {formatDate(c.lastActivityAt)}
                  </span>
                  {c.matchedParticipants && c.matchedParticipants.length > 0 && (
                    <span className="case-row__match">{t('list.matchedParticipant', { names: c.matchedParticipants.join(', '), count: c.matchedParticipants.length })}</span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
