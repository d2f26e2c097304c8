import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactPerson, Participant } from '../../../shared/contract/participants';
import { formatDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { ErrorMessage } from '../../ui/Page';

/** The one person the family calls (tovholder / gennemgående kontaktperson); every change is kept with its date. */
export function ContactPersonPanel({ caseId, contact, participants }: { caseId: string; contact: ContactPerson; participants: Participant[] }) {
  const { t } = useTranslation('participants');
  const announce = useAnnounce();
  const active = participants.filter((p) => p.archivedAt === null && p.role !== 'child');
  const [chosen, setChosen] = useState('');
  const current = contact.current;
  const save = useSubmit(
    () => api['participants.setContactPerson']({ caseId, participantId: chosen }),
    (result) => {
      setChosen('');
      announce(t('contact.changed', { name: result.current?.name ?? '' }));
    },
  );
  const earlier = contact.history.slice(current ? 1 : 0);
  return (
    <section className="card contact-person" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('contact.title')}</h2>
      <p className="muted small">{t('contact.subtitle')}</p>
      {current ? (
        <p className="contact-person__current">
          <strong>{current.name}</strong> · {current.roleDetail || t(`role.${current.role}`)}
          {current.phone && ` · ${current.phone}`}
          <br />
          <span className="muted small">{t('contact.since', { date: formatDate(contact.history[0]!.changedAt) })}</span>
        </p>
      ) : (
        <p className="notice">{t('contact.none')}</p>
      )}
      {save.formError && <ErrorMessage message={save.formError} />}
      {active.length > 0 && (
        <form
          className="contact-person__form"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen) void save.run();
          }}
        >
          <label>
            <span className="visually-hidden">{t('contact.choose')}</span>
            <select value={chosen} onChange={(e) => setChosen(e.target.value)} aria-label={t('contact.choose')}>
              <option value="">{t('contact.choose')}</option>
              {active
                .filter((p) => p.id !== current?.id)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.roleDetail || t(`role.${p.role}`)})
                  </option>
                ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={!chosen || save.busy}>
            {t('contact.set')}
          </button>
        </form>
      )}
      {earlier.length > 0 && (
        <details className="contact-person__history">
          <summary>{t('contact.history')}</summary>
          <ul>
            {earlier.map((h) => (
              <li key={h.changedAt + h.participantName}>{t('contact.historyItem', { name: h.participantName, date: formatDate(h.changedAt) })}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
