import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';

/** Who is invited: the case's participants (the family helps choose). No participants yet → say where to add them. */
export function InviteeList({ caseId, invited, onChange }: { caseId: string; invited: string[]; onChange(ids: string[]): void }) {
  const { t } = useTranslation('meetings');
  const people = useLoad(() => api['participants.list']({ caseId }), [caseId], (e) => e.type === 'participants.changed' && e.id === caseId);
  const list = people.data ?? [];
  const toggle = (id: string) => onChange(invited.includes(id) ? invited.filter((x) => x !== id) : [...invited, id]);
  return (
    <fieldset className="prep__group">
      <legend>{t('prep.invited')}</legend>
      {people.data && list.length === 0 ? (
        <div className="empty-state">
          <p>{t('prep.noParticipants')}</p>
          <Link to={`/cases/${caseId}`} className="button">
            {t('prep.addParticipants')}
          </Link>
        </div>
      ) : (
        <>
          <p className="field__hint">{t('prep.invitedHint')}</p>
          <ul className="invitees">
            {list.map((p) => (
              <li key={p.id}>
                <label>
                  <input type="checkbox" checked={invited.includes(p.id)} onChange={() => toggle(p.id)} />
                  <span>
                    {p.name} <span className="muted small">{t(`participants:role.${p.role}`, { defaultValue: p.roleDetail || p.role })}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {list.length > 0 && (
            <button type="button" className="button button--small" onClick={() => onChange(list.map((p) => p.id))}>
              {t('prep.inviteAll')}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}
