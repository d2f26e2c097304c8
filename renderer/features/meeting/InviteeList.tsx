import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/contract/participants';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { Dialog } from '../../ui/Dialog';

/**
 * Who is invited: the case's participants (the family helps choose). No participants yet → say where to add them.
 * A ressourcecentermøde (`professionalsOnly`) is for professionals: »Vælg alle« picks the professionals, anyone else
 * is invited only after a confirmation, and family already invited is pointed out with a way to remove them.
 */
export function InviteeList({ caseId, invited, onChange, professionalsOnly = false }: { caseId: string; invited: string[]; onChange(ids: string[]): void; professionalsOnly?: boolean }) {
  const { t } = useTranslation('meetings');
  const people = useLoad(() => api['participants.list']({ caseId }), [caseId], (e) => e.type === 'participants.changed' && e.id === caseId);
  const [asking, setAsking] = useState<Participant | null>(null);
  const list = people.data ?? [];
  const isOutsider = (p: Participant) => professionalsOnly && p.group !== 'professional';
  const toggle = (p: Participant) => {
    if (invited.includes(p.id)) return onChange(invited.filter((x) => x !== p.id));
    if (isOutsider(p)) return setAsking(p);
    onChange([...invited, p.id]);
  };
  const outsiders = list.filter((p) => isOutsider(p) && invited.includes(p.id));
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
          <p className="field__hint">{t(professionalsOnly ? 'prep.invitedHintProfessionals' : 'prep.invitedHint')}</p>
          <ul className="invitees">
            {list.map((p) => (
              <li key={p.id}>
                <label>
                  <input type="checkbox" checked={invited.includes(p.id)} onChange={() => toggle(p)} />
                  <span>
                    {p.name} <span className="muted small">{t(`participants:role.${p.role}`, { defaultValue: p.roleDetail || p.role })}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {outsiders.length > 0 && (
            <div className="notice" role="status">
              <p>{t('prep.familyInvitedWarning', { names: outsiders.map((p) => p.name).join(', ') })}</p>
              <button type="button" className="button button--small" onClick={() => onChange(invited.filter((id) => !outsiders.some((p) => p.id === id)))}>
                {t('prep.removeFamily')}
              </button>
            </div>
          )}
          {list.length > 0 && (
            <button
              type="button"
              className="button button--small"
              onClick={() => onChange([...new Set([...invited, ...list.filter((p) => !isOutsider(p)).map((p) => p.id)])])}
            >
              {t(professionalsOnly ? 'prep.inviteAllProfessionals' : 'prep.inviteAll')}
            </button>
          )}
        </>
      )}
      <Dialog title={t('prep.confirmFamilyTitle', { name: asking?.name ?? '' })} open={!!asking} onClose={() => setAsking(null)}>
        <p>{t('prep.confirmFamily', { name: asking?.name ?? '' })}</p>
        <div className="form__actions">
          <button type="button" className="button" onClick={() => (asking && onChange([...invited, asking.id]), setAsking(null))}>
            {t('prep.confirmFamilyYes', { name: asking?.name ?? '' })}
          </button>
          <button type="button" className="button button--primary" data-autofocus onClick={() => setAsking(null)}>
            {t('prep.confirmFamilyNo')}
          </button>
        </div>
      </Dialog>
    </fieldset>
  );
}
