import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCopenhagen, type LocalDateTime } from '../../../shared/domain/localTime';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useLoad } from '../../app/useLoad';
import { CadenceDialog } from './CadenceDialog';
import { meetingLocalStart } from './format';
import { NextMeetingPlanner } from './NextMeetingPlanner';

/**
 * The case page's Opfølgning section: the rule in force (changeable), the next meeting and its invitation. Planning
 * here counts from the case's last held meeting, or from today when none is held yet.
 */
export function CaseFollowUpSection({ caseId, open }: { caseId: string; open: boolean }) {
  const { t } = useTranslation('followups');
  const today = toCopenhagen(useNow());
  const [editingCadence, setEditingCadence] = useState(false);
  const data = useLoad(
    () => Promise.all([api['followups.forCase']({ caseId }), api['meetings.list']({ caseId })]),
    [caseId],
    (event) => (event.type === 'followups.changed' || event.type.startsWith('meetings.')) && (!event.id || event.id === caseId),
  );
  if (!data.data) return null;
  const [followUps, meetings] = data.data;
  const lastHeld = meetings.filter((m) => m.status === 'held').sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
  const base: LocalDateTime = lastHeld ? meetingLocalStart(lastHeld.startsAt) : { date: today.date, time: '10:00' };
  return (
    <section className="case-followups" aria-labelledby="case-followups-title">
      <div className="case-followups__header">
        <h2 id="case-followups-title">{t('case.title')}</h2>
        <button type="button" className="button" onClick={() => setEditingCadence(true)}>
          {t('case.changeCadence')}
        </button>
      </div>
      {open || followUps.planned ? (
        <NextMeetingPlanner caseId={caseId} meetingStart={base} />
      ) : (
        <p className="muted">{t('case.closedCase')}</p>
      )}
      {editingCadence && <CadenceDialog caseId={caseId} cadence={followUps.cadence} open onClose={() => setEditingCadence(false)} />}
    </section>
  );
}
