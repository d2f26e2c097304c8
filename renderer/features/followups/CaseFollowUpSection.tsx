import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCopenhagen, type LocalDateTime } from '../../../shared/domain/localTime';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useLoad } from '../../app/useLoad';
import { CadenceDialog } from './CadenceDialog';
import { CadenceRule } from './CadenceRule';
import { meetingLocalStart } from './format';
import { NextMeetingPlanner } from './NextMeetingPlanner';

/**
 * The case page's Opfølgning section: the rule in force (changeable), the next meeting and its invitation. A follow-up
 * follows a meeting: before the first one is held Kreds proposes nothing (only a § 95 cadence runs from the support
 * start), and after one the planner opens on request (the page's next step "Aftal næste møde"), counting from the
 * case's last held meeting. Once shown it stays, so a cancelled meeting's notice and cancellation are still there.
 */
export function CaseFollowUpSection({ caseId, open, planRequest = 0 }: { caseId: string; open: boolean; planRequest?: number }) {
  const { t } = useTranslation('followups');
  const today = toCopenhagen(useNow());
  const [editingCadence, setEditingCadence] = useState(false);
  const [planning, setPlanning] = useState(false);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!planRequest) return;
    setPlanning(true);
    section.current?.scrollIntoView({ block: 'start' });
  }, [planRequest]);
  const data = useLoad(
    () => Promise.all([api['followups.forCase']({ caseId }), api['meetings.list']({ caseId })]),
    [caseId],
    (event) => (event.type === 'followups.changed' || event.type.startsWith('meetings.')) && (!event.id || event.id === caseId),
  );
  if (!data.data) return null;
  const [followUps, meetings] = data.data;
  if (followUps.planned && !planning) setPlanning(true);
  const lastHeld = meetings.filter((m) => m.status === 'held').sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
  const base: LocalDateTime = lastHeld ? meetingLocalStart(lastHeld.startsAt) : { date: today.date, time: '10:00' };
  const body = () => {
    if (followUps.planned || planning) return <NextMeetingPlanner caseId={caseId} meetingStart={base} />;
    if (!open) return <p className="muted">{t('case.closedCase')}</p>;
    if (followUps.cadence.preset === 'statutory_95') return <NextMeetingPlanner caseId={caseId} meetingStart={base} />;
    if (!lastHeld) {
      return (
        <>
          <CadenceRule cadence={followUps.cadence} isFirst={followUps.nextIsFirst} />
          <p className="muted">{t('case.afterFirstMeeting')}</p>
        </>
      );
    }
    return (
      <p>
        <span className="muted">{t('case.nonePlanned')}</span>{' '}
        <button type="button" className="button button--small" onClick={() => setPlanning(true)}>
          {t('planner.title')}
        </button>
      </p>
    );
  };
  return (
    <section className="case-followups" aria-labelledby="case-followups-title" ref={section}>
      <div className="case-followups__header">
        <h2 id="case-followups-title">{t('case.title')}</h2>
        <button type="button" className="button button--small" onClick={() => setEditingCadence(true)}>
          {t('case.changeCadence')}
        </button>
      </div>
      {body()}
      {editingCadence && <CadenceDialog caseId={caseId} cadence={followUps.cadence} open onClose={() => setEditingCadence(false)} />}
    </section>
  );
}
