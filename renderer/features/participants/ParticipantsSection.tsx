import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/contract/participants';
import { byGroup, GROUPS, type Role } from '../../../shared/domain/participants';
import { api } from '../../api';
import { useAnnounce } from '../../ui/Announcer';
import { EmptyState, ErrorMessage } from '../../ui/Page';
import { ArchivedParticipants } from './ArchivedParticipants';
import { DeleteParticipantDialog } from './DeleteParticipantDialog';
import { ParticipantCard } from './ParticipantCard';
import { ParticipantDialog } from './ParticipantDialog';
import './participants.css';

interface Props {
  caseId: string;
  /** Everyone on the case, archived too. */
  participants: Participant[];
  outsideConsent: Set<string>;
  contactPersonId: string | null;
  /** What the family agreed the private network may be told (from valid consents). */
  networkSharing: string[];
  /** Set by the private-network nudge: open the form with this role. */
  addRequest: { role?: Role; at: number } | null;
}

/** Participants by group: familie, privat netværk, fagpersoner. Add, edit, archive, delete (only if never used). */
export function ParticipantsSection({ caseId, participants, outsideConsent, contactPersonId, networkSharing, addRequest }: Props) {
  const { t } = useTranslation('participants');
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<{ editing: Participant | null; role?: Role; at: number } | null>(null);
  const [deleting, setDeleting] = useState<Participant | null>(null);
  // The person just saved outside the consent; the warning lasts while they are (deleted, archived or covered ends it).
  const [savedOutside, setSavedOutside] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [lastRequest, setLastRequest] = useState<number | null>(null);
  if (addRequest && addRequest.at !== lastRequest) {
    setLastRequest(addRequest.at);
    setDialog({ editing: null, role: addRequest.role, at: addRequest.at });
  }

  const grouped = byGroup(participants);
  const archived = participants.filter((p) => p.archivedAt !== null);

  const onSaved = (saved: Participant, created: boolean) => {
    setDialog(null);
    announce(created ? t('form.created', { name: saved.name }) : t('form.saved'));
    setSavedOutside(saved.group === 'professional' ? { id: saved.id, name: saved.name } : null);
  };
  const run = async (work: () => Promise<unknown>, message: string) => {
    try {
      setError(null);
      await work();
      announce(message);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const archive = (p: Participant) => void run(() => api['participants.archive']({ id: p.id }), t('archived', { name: p.name }));
  const restore = (p: Participant) => void run(() => api['participants.restore']({ id: p.id }), t('restored', { name: p.name }));
  const useExisting = (p: Participant) => {
    setDialog(null);
    if (p.archivedAt) restore(p);
    else document.getElementById(`participant-${p.id}`)?.focus();
  };

  return (
    <section className="card participants" aria-labelledby="participants-title">
      <div className="card__header">
        <h2 id="participants-title">{t('section.title')}</h2>
        <button type="button" className="button" onClick={() => setDialog({ editing: null, at: Date.now() })}>
          {t('section.add')}
        </button>
      </div>
      {savedOutside && outsideConsent.has(savedOutside.id) && (
        <p className="notice" role="alert">
          {t('form.outsideConsent', { name: savedOutside.name })}
        </p>
      )}
      {error && <ErrorMessage message={error} />}
      {participants.length === 0 && <EmptyState>{t('section.empty')}</EmptyState>}
      {participants.length > 0 && (
        <div className="participant-groups">
          {GROUPS.map((group) => (
            <section key={group} className={`participant-group participant-group--${group}`} aria-labelledby={`group-${group}`}>
              <h3 id={`group-${group}`}>
                {t(`group.${group}`)} <span className="muted">({grouped[group].length})</span>
              </h3>
              {group === 'private_network' && (
                <p className="participant-group__note">
                  {networkSharing.length > 0 ? t('section.networkNote', { what: networkSharing.join(' ') }) : t('section.networkNoteNone')}
                </p>
              )}
              {grouped[group].length === 0 ? (
                <p className="muted small">{t('section.groupEmpty')}</p>
              ) : (
                <ul className="participant-list">
                  {grouped[group].map((p) => (
                    <ParticipantCard
                      key={p.id}
                      participant={p}
                      isContactPerson={p.id === contactPersonId}
                      outsideConsent={outsideConsent.has(p.id)}
                      onEdit={() => setDialog({ editing: p, at: Date.now() })}
                      onArchive={() => archive(p)}
                      onDelete={() => setDeleting(p)}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
      {participants.some((p) => p.inUse && p.archivedAt === null) && <p className="muted small participants__in-use">{t('delete.inUse')}</p>}
      <ArchivedParticipants archived={archived} onRestore={restore} onDelete={setDeleting} />
      <ParticipantDialog
        caseId={caseId}
        open={dialog !== null}
        editing={dialog?.editing ?? null}
        initialRole={dialog?.role}
        existing={participants}
        onClose={() => setDialog(null)}
        onSaved={onSaved}
        onUseExisting={useExisting}
      />
      <DeleteParticipantDialog participant={deleting} onClose={() => setDeleting(null)} />
    </section>
  );
}
