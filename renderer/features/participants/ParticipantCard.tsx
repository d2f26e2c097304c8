import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/contract/participants';
import { Badge } from '../../ui/Page';

interface Props {
  participant: Participant;
  isContactPerson: boolean;
  outsideConsent: boolean;
  onEdit(): void;
  onArchive(): void;
  onDelete(): void;
}

export function ParticipantCard({ participant: p, isContactPerson, outsideConsent, onEdit, onArchive, onDelete }: Props) {
  const { t } = useTranslation('participants');
  const role = t(`role.${p.role}`);
  return (
    <li className="participant" id={`participant-${p.id}`} tabIndex={-1}>
      <div className="participant__head">
        <span className="participant__name">{p.name}</span>
        {isContactPerson && <Badge tone="success">{t('contact.badge')}</Badge>}
        {outsideConsent && <Badge tone="warning">{t('consentBadge')}</Badge>}
        {p.role === 'support_person' && <Badge tone="info">{t('badges.supportPerson')}</Badge>}
      </div>
      <div className="participant__role">
        {p.roleDetail && p.role !== 'other' ? `${role} (${p.roleDetail})` : p.roleDetail || role}
        {p.organisation && ` · ${p.organisation}`}
      </div>
      {(p.phone || p.email) && <div className="participant__contact">{[p.phone, p.email].filter(Boolean).join(' · ')}</div>}
      {p.note && <div className="participant__note">{p.note}</div>}
      <div className="participant__actions">
        <button type="button" className="link-button" onClick={onEdit} aria-label={`${t('actions.edit')} ${p.name}`}>
          {t('actions.edit')}
        </button>
        <button type="button" className="link-button" onClick={onArchive} aria-label={`${t('actions.archive')} ${p.name}`}>
          {t('actions.archive')}
        </button>
        {/* Someone who was in a meeting or holds a task can only be archived: the section says so once, not per card. */}
        {!p.inUse && (
          <button type="button" className="link-button link-button--danger" onClick={onDelete} aria-label={`${t('actions.delete')} ${p.name}`}>
            {t('actions.delete')}
          </button>
        )}
      </div>
    </li>
  );
}
