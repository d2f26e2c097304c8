import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMember, SafetyPlanDetail } from '../../../shared/contract/safetyPlan';
import { toIsoDay } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { Badge, EmptyState } from '../../ui/Page';
import { readDay, showDay } from '../agreements/days';

/** Who is in the safety network and what each has agreed to; who left, when and why. */
export function NetworkSection({ detail }: { detail: SafetyPlanDetail }) {
  const { t } = useTranslation(['safetyPlan', 'participants']);
  const [editing, setEditing] = useState<NetworkMember | null>(null);
  const [leaving, setLeaving] = useState<NetworkMember | null>(null);
  const holds = (m: NetworkMember) => detail.rules.filter((r) => !r.retired && (r.responsibleId === m.participantId || r.reserveId === m.participantId)).length;
  return (
    <section className="safety-section" aria-labelledby="safety-network">
      <h2 id="safety-network">{t('network.heading')}</h2>
      <p className="muted">{t('network.hint')}</p>
      {detail.network.length === 0 && <EmptyState>{t('network.empty')}</EmptyState>}
      <ul className="safety-network">
        {detail.network.map((m) => (
          <li key={m.id} className={m.active ? '' : 'safety-network--left'}>
            {editing?.id === m.id ? (
              <MemberForm detail={detail} member={m} onDone={() => setEditing(null)} />
            ) : (
              <>
                <p className="safety-network__name">
                  <strong>{m.name}</strong> <span className="muted">{t(`participants:role.${m.role}`)}</span>{' '}
                  {m.active ? <span className="muted small">{t('network.joined', { date: showDay(m.joinedOn) })}</span> : <Badge tone="muted">{t('network.left', { date: showDay(m.leftOn ?? m.joinedOn) })}</Badge>}
                </p>
                <p>
                  {m.agreedTo ? (
                    <>
                      {t('network.agreedTo')}: {m.agreedTo}
                    </>
                  ) : (
                    <span className="muted">{t('network.nothingAgreed')}</span>
                  )}
                </p>
                {!m.active && m.leftReason && <p className="muted small">{m.leftReason}</p>}
                {m.active && holds(m) > 0 && <p className="muted small">{t('network.holds', { count: holds(m) })}</p>}
                <div className="safety-actions">
                  {m.active ? (
                    <>
                      <button type="button" className="button button--small" onClick={() => setEditing(m)}>
                        {t('network.edit', { name: m.name })}
                      </button>
                      <button type="button" className="button button--small" onClick={() => setLeaving(m)}>
                        {t('network.leave', { name: m.name })}
                      </button>
                    </>
                  ) : (
                    !m.archived && (
                      <button type="button" className="button button--small" onClick={() => setEditing(m)}>
                        {t('network.rejoin')}
                      </button>
                    )
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {detail.candidates.filter((c) => !detail.network.some((m) => m.participantId === c.participantId)).length > 0 && (
        <details className="safety-add">
          <summary>{t('network.add')}</summary>
          <MemberForm detail={detail} />
        </details>
      )}
      <LeaveDialog caseId={detail.caseId} member={leaving} onClose={() => setLeaving(null)} />
    </section>
  );
}

function MemberForm({ detail, member, onDone }: { detail: SafetyPlanDetail; member?: NetworkMember; onDone?(): void }) {
  const { t } = useTranslation('safetyPlan');
  const announce = useAnnounce();
  const now = useNow();
  const choices = detail.candidates.filter((c) => !detail.network.some((m) => m.participantId === c.participantId));
  const [participantId, setParticipantId] = useState(member?.participantId ?? '');
  const [agreedTo, setAgreedTo] = useState(member?.agreedTo ?? '');
  const [joinedOn, setJoinedOn] = useState(showDay(member?.active ? member.joinedOn : toIsoDay(now)));
  const [dateError, setDateError] = useState<string | null>(null);
  const day = readDay(joinedOn);
  const chosen = detail.candidates.find((c) => c.participantId === participantId);
  const name = member?.name ?? chosen?.name ?? '';
  const submit = useSubmit(
    () => api['safetyPlan.setMember']({ caseId: detail.caseId, participantId, agreedTo, joinedOn: typeof day === 'string' && day !== 'invalid' ? day : '' }),
    (saved) => {
      announce(t('network.added', { name: saved.name }));
      if (!member) {
        setParticipantId('');
        setAgreedTo('');
      }
      onDone?.();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (day === 'invalid' || day === null) return setDateError(t('frame.badDate'));
    setDateError(null);
    void submit.run();
  };
  return (
    <form className="form safety-form" onSubmit={onSubmit} noValidate aria-label={member ? t('network.edit', { name }) : t('network.add')}>
      {!member && (
        <SelectField
          label={t('network.person')}
          value={participantId}
          onChange={(e) => setParticipantId(e.target.value)}
          error={submit.fieldErrors.participantId}
          options={[{ value: '', label: t('network.choose') }, ...choices.map((c) => ({ value: c.participantId, label: c.name }))]}
        />
      )}
      {chosen?.group === 'professional' && <p className="notice">{t('network.professionalHint', { name: chosen.name })}</p>}
      <TextArea label={t('network.agreedToField')} hint={t('network.agreedToHint')} value={agreedTo} onChange={(e) => setAgreedTo(e.target.value)} rows={2} maxLength={240} error={submit.fieldErrors.agreedTo} />
      <TextField label={t('network.joinedOn')} value={joinedOn} onChange={(e) => setJoinedOn(e.target.value)} inputMode="numeric" placeholder="dd.mm.åååå" error={dateError ?? submit.fieldErrors.joinedOn} />
      {submit.formError && !Object.keys(submit.fieldErrors).length && <p className="field__error" role="alert">{submit.formError}</p>}
      <FormActions label={member ? t('network.save') : t('network.add')} disabled={submit.busy || (!member && !participantId)} onCancel={onDone} />
    </form>
  );
}

function LeaveDialog({ caseId, member, onClose }: { caseId: string; member: NetworkMember | null; onClose(): void }) {
  const { t } = useTranslation('safetyPlan');
  const announce = useAnnounce();
  const now = useNow();
  const [leftOn, setLeftOn] = useState(showDay(toIsoDay(now)));
  const [reason, setReason] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const day = readDay(leftOn);
  const submit = useSubmit(
    () => api['safetyPlan.leaveMember']({ caseId, participantId: member!.participantId, leftOn: typeof day === 'string' && day !== 'invalid' ? day : '', reason }),
    (saved) => {
      announce(t('network.leftDone', { name: saved.name }));
      setReason('');
      onClose();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (day === 'invalid' || day === null) return setDateError(t('frame.badDate'));
    setDateError(null);
    void submit.run();
  };
  return (
    <Dialog title={member ? t('network.leaveTitle', { name: member.name }) : ''} open={!!member} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField label={t('network.leftOn')} value={leftOn} onChange={(e) => setLeftOn(e.target.value)} inputMode="numeric" placeholder="dd.mm.åååå" error={dateError ?? submit.fieldErrors.leftOn} />
        <TextArea label={t('network.reason')} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={1000} />
        {submit.formError && !submit.fieldErrors.leftOn && <p className="field__error" role="alert">{submit.formError}</p>}
        <FormActions label={t('network.leaveSave')} disabled={submit.busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
