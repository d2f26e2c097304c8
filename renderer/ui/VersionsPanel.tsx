import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../shared/domain/dates';
import { useSubmit } from '../app/useForm';
import { showDay } from '../features/agreements/days';
import { useAnnounce } from './Announcer';
import { SelectField } from './Field';

interface Version {
  id: string;
  number: number;
  meetingStartsAt: string | null;
  createdAt: string;
  changes: string;
}

interface Props {
  title: string;
  /** What to say before the first version. */
  none: string;
  versions: Version[];
  since: { line: string; changed: boolean } | null;
  meetings: { id: string; startsAt: string; status: 'running' | 'held' }[];
  save(meetingId: string | null): Promise<{ number: number }>;
}

/**
 * Versions of something the family agreed (the safety plan, Barnets bog): what changed since the newest one, saving
 * the next at a meeting (the running one by default), and the list of versions with what each changed.
 */
export function VersionsPanel({ title, none, versions, since, meetings, save }: Props) {
  const { t } = useTranslation('common');
  const announce = useAnnounce();
  const running = meetings.find((m) => m.status === 'running');
  const [meetingId, setMeetingId] = useState(running?.id ?? meetings[0]?.id ?? '');
  const latest = versions[0];
  const submit = useSubmit(
    () => save(meetingId || null),
    (version) => announce(t('versions.saved', { n: version.number })),
  );
  return (
    <section className="safety-section" aria-label={title}>
      <h2>{title}</h2>
      <p className={since?.changed ? 'notice' : 'muted'}>
        {!latest ? none : since?.changed ? t('versions.since', { n: latest.number, changes: since.line }) : t('versions.unchanged', { n: latest.number })}
      </p>
      <div className="safety-version-save">
        <SelectField
          label={t('versions.meeting')}
          value={meetingId}
          onChange={(e) => setMeetingId(e.target.value)}
          options={[
            { value: '', label: t('versions.noMeeting') },
            ...meetings.map((m) => ({ value: m.id, label: t('versions.meetingOption', { date: showDay(m.startsAt), status: t(`versions.status.${m.status}`) }) })),
          ]}
        />
        <button type="button" className="button button--primary" disabled={submit.busy || (latest !== undefined && !since?.changed)} onClick={() => void submit.run()}>
          {t('versions.save', { n: (latest?.number ?? 0) + 1 })}
        </button>
      </div>
      {submit.formError && (
        <p className="field__error" role="alert">
          {submit.formError}
        </p>
      )}
      {versions.length > 0 && (
        <ol className="safety-versions" reversed>
          {versions.map((v) => (
            <li key={v.id}>
              <strong>{t('versions.item', { n: v.number, date: formatDate(v.createdAt) })}</strong>
              {v.meetingStartsAt && <span className="muted"> · {t('versions.atMeeting', { date: showDay(v.meetingStartsAt) })}</span>} · {v.changes}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
