import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, SearchInput } from '../../../shared/contract/search';
import { formatDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { Link, useQueryParams } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { DateField, dayText } from '../../ui/DateTimeFields';
import { Badge, EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { Highlighted } from './Highlighted';
import './search.css';

const MEETING_TYPES = ['network_meeting', 'follow_up', 'resource_center'] as const;

/** Where a hit opens: the meeting at its phase with the words highlighted, or the case for case-level things. */
export function hitLink(caseId: string, hit: SearchHit, text: string): string {
  const q = encodeURIComponent(text);
  // The child's words that were not shown on the screen are in the professional view only, so a house quote opens there.
  const professional = hit.confidential || hit.kind === 'house_item';
  if (hit.kind === 'safety_plan' || hit.kind === 'safety_plan_note') return `/cases/${caseId}/safety-plan?q=${q}`;
  if (hit.kind === 'child_story') return `/cases/${caseId}/child-story?q=${q}`;
  if (hit.meetingId) return `/meetings/${hit.meetingId}/review?phase=${hit.phaseKind ?? ''}&q=${q}&item=${hit.sourceId}${professional ? '&pro=1' : ''}`;
  if (hit.kind === 'goal') return `/cases/${caseId}/prepare?q=${q}`;
  return `/cases/${caseId}`;
}

function filtersFrom(params: URLSearchParams): SearchInput {
  return {
    text: params.get('q') ?? '',
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    meetingType: (params.get('type') as SearchInput['meetingType']) || undefined,
    personId: params.get('person') || undefined,
    includeConfidential: params.get('conf') !== '0',
  };
}

function toQuery(filters: SearchInput): string {
  const params = new URLSearchParams();
  if (filters.text) params.set('q', filters.text);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.meetingType) params.set('type', filters.meetingType);
  if (filters.personId) params.set('person', filters.personId);
  if (filters.includeConfidential === false) params.set('conf', '0');
  return params.toString();
}

/** A date filter typed the Danish way (renderer/ui/DateTimeFields.tsx); applied when it is a real date or empty. */
function DayFilter({ label, value, onChange }: { label: string; value: string | undefined; onChange(day: string | undefined): void }) {
  const [text, setText] = useState(dayText(value));
  return (
    <DateField
      label={label}
      hint=""
      placeholder="dd.mm.åååå"
      text={text}
      onText={(typed, day) => {
        setText(typed);
        if (!typed.trim()) onChange(undefined);
        else if (day) onChange(day);
      }}
    />
  );
}

/** Søg: everything written in every case, grouped by case, with highlighted snippets and filters. */
export function SearchPage() {
  const { t } = useTranslation('review');
  const params = useQueryParams();
  const [filters, setFilters] = useState<SearchInput>(() => filtersFrom(params));
  const [debounced, setDebounced] = useState(filters);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setDebounced(filters);
      // Keep the search in the address so Back from a hit returns to it, without a history entry per keystroke.
      window.history.replaceState(null, '', `#/search?${toQuery(filters)}`);
    }, 250);
    return () => window.clearTimeout(timer);
  }, [filters]);
  const people = useLoad(() => api['search.people']({}), []);
  const results = useLoad(() => api['search.query'](debounced), [JSON.stringify(debounced)]);
  const set = (patch: Partial<SearchInput>) => setFilters((f) => ({ ...f, ...patch }));
  const data = results.data;

  return (
    <section className="page search-page">
      <PageHeader title={t('search.title')} />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="filters__search">
          {t('search.label')}
          <input type="search" value={filters.text} autoFocus onChange={(e) => set({ text: e.target.value })} placeholder={t('search.placeholder')} />
        </label>
        <DayFilter label={t('search.from')} value={filters.from} onChange={(from) => set({ from })} />
        <DayFilter label={t('search.to')} value={filters.to} onChange={(to) => set({ to })} />
        <label>
          {t('search.meetingType')}
          <select value={filters.meetingType ?? ''} onChange={(e) => set({ meetingType: (e.target.value || undefined) as SearchInput['meetingType'] })}>
            <option value="">{t('search.all')}</option>
            {MEETING_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`meetingType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('search.person')}
          <select value={filters.personId ?? ''} onChange={(e) => set({ personId: e.target.value || undefined })}>
            <option value="">{t('search.everyone')}</option>
            {(people.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.childName})
              </option>
            ))}
          </select>
        </label>
        <label className="search-page__check">
          <span>
            <input type="checkbox" checked={filters.includeConfidential !== false} onChange={(e) => set({ includeConfidential: e.target.checked })} />{' '}
            {t('search.includeConfidential')}
          </span>
        </label>
      </form>
      {results.error && <ErrorMessage message={results.error.message} onRetry={results.reload} retryLabel={t('common:actions.retry')} />}
      {data && debounced.text.trim() && (
        <p className="muted" role="status">
          {data.count === 0 ? t('search.none') : t('search.count', { count: data.count })}
          {data.more && ` ${t('search.more')}`}
        </p>
      )}
      {!debounced.text.trim() && <EmptyState>{t('search.hint')}</EmptyState>}
      {data?.groups.map((group) => (
        <section key={group.caseId} className="search-group" aria-labelledby={`case-${group.caseId}`}>
          <h2 id={`case-${group.caseId}`}>
            <Link to={`/cases/${group.caseId}`}>{group.childName}</Link> <span className="muted small">{t('search.hits', { count: group.hits.length })}</span>
          </h2>
          <ul className="search-hits">
            {group.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.sourceId}`}>
                <Link to={hitLink(group.caseId, hit, debounced.text)} className="search-hit">
                  <span className="search-hit__meta">
                    <Badge tone="neutral">{t(`kind.${hit.kind}`)}</Badge>
                    <span>{formatDate(hit.day)}</span>
                    {hit.meetingType && <span>{t(`meetingType.${hit.meetingType}`)}</span>}
                    {hit.phaseKind && hit.meetingId && <span>{t(`phase.${hit.phaseKind}`, { defaultValue: hit.phaseKind })}</span>}
                    {hit.confidential && <Badge tone="warning">{t('confidential')}</Badge>}
                    {hit.repeats > 0 && <span>{t('search.repeats', { count: hit.repeats })}</span>}
                  </span>
                  <span className="search-hit__snippet">
                    <Highlighted segments={hit.snippet} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
