import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import type { PhoneStatus } from '../../../shared/contract/phones';
import { DEFAULT_MAP_LABELS, partsOf, type MapPart } from '../../../shared/domain/map';
import { groupCode, SUGGESTION_PART } from '../../../shared/domain/phones';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { QrCode } from '../../ui/QrCode';
import './phones.css';

/**
 * Deltag fra telefon in the facilitator's console: turn it on for the running meeting, see who joined and as whom,
 * open a scaling question on the phones (who answered, never the numbers), reveal them together, and the inbox of
 * suggestions that go on the map only when accepted.
 */
export function PhonePanel({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('phones');
  const [error, setError] = useState<string | null>(null);
  const loaded = useLoad(() => api['phones.status']({ meetingId: meeting.id }), [meeting.id, meeting.status], (e) => e.type === 'phones.changed' && e.id === meeting.id);
  const status = loaded.data;
  const act = async (action: () => Promise<PhoneStatus>) => {
    try {
      setError(null);
      await action();
      loaded.reload();
    } catch (e) {
      setError(e instanceof KredsError ? e.message : String(e));
    }
  };
  if (!status) return null;
  const meetingId = meeting.id;
  return (
    <section className="phones" aria-labelledby="phones-title">
      <h2 id="phones-title">{t('title')}</h2>
      {error && (
        <p className="error-box" role="alert">
          {error}
        </p>
      )}
      {!status.on ? (
        <>
          <p className="muted small">{status.blocked ?? t('intro')}</p>
          <button type="button" className="button button--primary" disabled={!!status.blocked} onClick={() => void act(() => api['phones.start']({ meetingId }))}>
            {t('turnOn')}
          </button>
        </>
      ) : (
        <>
          <JoinBox status={status} onShow={(show) => void act(() => api['phones.showJoin']({ meetingId, show }))} />
          <Devices status={status} meeting={meeting} act={act} />
          <Scaling status={status} meeting={meeting} act={act} />
          <Inbox status={status} meetingId={meetingId} act={act} />
          <button type="button" className="button" onClick={() => void act(() => api['phones.stop']({ meetingId }))}>
            {t('turnOff')}
          </button>
        </>
      )}
    </section>
  );
}

type Act = (action: () => Promise<PhoneStatus>) => Promise<void>;

function JoinBox({ status, onShow }: { status: PhoneStatus; onShow(show: boolean): void }) {
  const { t } = useTranslation('phones');
  const join = status.join!;
  return (
    <div className="phones__join">
      <QrCode className="phones__qr" text={`${join.url}#${join.code}`} label={t('code')} />
      <dl>
        <dt>{t('address')}</dt>
        <dd>{join.url}</dd>
        <dt>{t('code')}</dt>
        <dd className="phones__code">{groupCode(join.code)}</dd>
      </dl>
      {join.url.includes('127.0.0.1') && <p className="muted small">{t('loopback')}</p>}
      <button type="button" className="button" aria-pressed={status.showJoin} onClick={() => onShow(!status.showJoin)}>
        {status.showJoin ? t('hideJoin') : t('showJoin')}
      </button>
    </div>
  );
}

function Devices({ status, meeting, act }: { status: PhoneStatus; meeting: MeetingDetail; act: Act }) {
  const { t } = useTranslation('phones');
  return (
    <>
      <h3>{t('devices', { count: status.devices.length })}</h3>
      {status.devices.length === 0 && <p className="muted small">{t('noDevices')}</p>}
      <ul className="phones__list">
        {status.devices.map((d) => (
          <li key={d.id}>
            <label>
              <span>{t('actsAs', { device: d.label })}</span>
              <select
                value={d.participantId ?? ''}
                onChange={(e) => void act(() => api['phones.assign']({ meetingId: meeting.id, deviceId: d.id, participantId: e.target.value || null }))}
              >
                <option value="">{t('notChosen')}</option>
                {meeting.attendance.map((a) => (
                  <option key={a.participantId} value={a.participantId}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" aria-label={t('removeLabel', { device: d.label })} onClick={() => void act(() => api['phones.removeDevice']({ meetingId: meeting.id, deviceId: d.id }))}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function Scaling({ status, meeting, act }: { status: PhoneStatus; meeting: MeetingDetail; act: Act }) {
  const { t } = useTranslation('phones');
  const scaling = useLoad(() => api['scaling.get']({ meetingId: meeting.id }), [meeting.id], (e) => e.type === 'scaling.changed' && e.id === meeting.id);
  const [chosen, setChosen] = useState('');
  const questions = scaling.data?.questions ?? [];
  const open = status.scaling;
  const withPhone = status.devices.filter((d) => d.participantId).length;
  const names = open ? open.answered.map((id) => meeting.attendance.find((a) => a.participantId === id)?.name ?? '?') : [];
  return (
    <>
      <h3>{t('scaling')}</h3>
      {questions.length === 0 ? (
        <p className="muted small">{t('noQuestions')}</p>
      ) : open ? (
        <div className="phones__scaling">
          <p>{questions.find((q) => q.id === open.questionId)?.text}</p>
          <p className="small" role="status">
            {names.length ? t('answered', { count: names.length, total: withPhone, names: names.join(', ') }) : t('noAnswers')}
          </p>
          <button type="button" className="button button--primary" onClick={() => void act(() => api['phones.reveal']({ meetingId: meeting.id }))}>
            {t('reveal')}
          </button>
          <button type="button" className="button" onClick={() => void act(() => api['phones.openScaling']({ meetingId: meeting.id, questionId: null }))}>
            {t('close')}
          </button>
        </div>
      ) : (
        <div className="phones__scaling">
          <label>
            {t('question')}
            <select value={chosen || questions[0]!.id} onChange={(e) => setChosen(e.target.value)}>
              {questions.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.text}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => void act(() => api['phones.openScaling']({ meetingId: meeting.id, questionId: chosen || questions[0]!.id }))}>
            {t('open')}
          </button>
        </div>
      )}
    </>
  );
}

function Inbox({ status, meetingId, act }: { status: PhoneStatus; meetingId: string; act: Act }) {
  const { t } = useTranslation('phones');
  const [parts, setParts] = useState<Record<string, MapPart>>({});
  const labels = DEFAULT_MAP_LABELS.safety;
  return (
    <>
      <h3>{t('inbox', { count: status.suggestions.length })}</h3>
      {status.suggestions.length === 0 && <p className="muted small">{t('inboxEmpty')}</p>}
      <ul className="phones__list phones__inbox">
        {status.suggestions.map((s) => {
          const part = parts[s.id] ?? SUGGESTION_PART[s.column];
          return (
            <li key={s.id}>
              <p>
                <strong>{labels[s.column]}</strong> {s.text} <span className="muted small">{t('from', { name: s.name })}</span>
              </p>
              <label className="small">
                {t('part')}{' '}
                <select value={part} onChange={(e) => setParts({ ...parts, [s.id]: e.target.value as MapPart })}>
                  {partsOf(s.column).map((p) => (
                    <option key={p} value={p}>
                      {labels[p]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="button button--primary" onClick={() => void act(() => api['phones.decide']({ meetingId, suggestionId: s.id, accept: true, part }))}>
                {t('accept')}
              </button>
              <button type="button" className="button" onClick={() => void act(() => api['phones.decide']({ meetingId, suggestionId: s.id, accept: false }))}>
                {t('reject')}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
