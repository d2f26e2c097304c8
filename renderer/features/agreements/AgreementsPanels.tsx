import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import type { PhasePanelProps } from '../meeting/phasePanels';
import { MeetingGoals } from '../plan/MeetingGoals';
import { AgreementForm } from './AgreementForm';
import { AgreementTable } from './AgreementTable';
import { MapNextSteps } from './MapNextSteps';
import { TaskDrafts } from './TaskDrafts';
import './agreements.css';

/**
 * Facilitator console in "Mål og aftaler": a new agreement first (the phase's work, in view however many are made),
 * then the drafts from the notes and the map's next steps to turn into agreements, then the agreements made so far.
 */
export function AgreementsConsolePanel({ meeting, caseId }: PhasePanelProps) {
  const { t } = useTranslation('agreements');
  const reloadOn = (event: { type: string; id?: string }) => (event.type === 'agreements.changed' || event.type === 'plan.changed' || event.type === 'participants.changed') && event.id === caseId;
  const agreements = useLoad(() => api['agreements.listForMeeting']({ meetingId: meeting.id }), [meeting.id], reloadOn);
  const defaults = useLoad(() => api['agreements.defaults']({ caseId, meetingId: meeting.id }), [caseId, meeting.id], reloadOn);
  const plan = useLoad(() => api['plan.get']({ caseId }), [caseId], reloadOn);
  const goals = (plan.data?.goals ?? []).filter((g) => g.status === 'active').flatMap((g) => [g, ...g.subGoals]);

  return (
    <section className="agreements-panel" aria-labelledby="agreements-console">
      <h2 id="agreements-console" className="visually-hidden">{t('whoWhatWhen')}</h2>
      {defaults.data && <AgreementForm caseId={caseId} meetingId={meeting.id} defaults={defaults.data} goals={goals} />}
      <MeetingGoals meetingId={meeting.id} caseId={caseId} />
      {defaults.data && <TaskDrafts drafts={meeting.taskDrafts} options={defaults.data.responsibleOptions} />}
      {defaults.data && <MapNextSteps meetingId={meeting.id} caseId={caseId} agreements={agreements.data ?? []} options={defaults.data.responsibleOptions} />}
      <section aria-labelledby="agreements-made">
        <h3 id="agreements-made">{t('made', { count: agreements.data?.length ?? 0 })}</h3>
        <AgreementTable agreements={agreements.data ?? []} />
      </section>
      <p>
        <Link to={`/cases/${caseId}/plan`}>{t('plan:link')} →</Link>
      </p>
    </section>
  );
}
