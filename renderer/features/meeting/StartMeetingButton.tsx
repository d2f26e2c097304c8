import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../shared/contract/meetings';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { Link, navigate } from '../../app/router';

/** Starts a planned meeting and opens the console; without participants it says what to do instead. */
export function StartMeetingButton({ meeting }: { meeting: Pick<MeetingSummary, 'id'> }) {
  const { t } = useTranslation('meetings');
  const [problem, setProblem] = useState<string | null>(null);
  const start = async () => {
    try {
      await api['meetings.start']({ id: meeting.id });
      navigate(`/meetings/${meeting.id}`);
    } catch (e) {
      setProblem(e instanceof KredsError ? e.message : String(e));
    }
  };
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => void start()}>
        {t('start')}
      </button>
      {problem && (
        <div className="notice start-problem" role="alert">
          <p>{problem}</p>
          <Link to={`/meetings/${meeting.id}/prepare`}>{t('prep.chooseParticipants')}</Link>
        </div>
      )}
    </>
  );
}
