import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NextMeeting } from '../../../shared/contract/review';
import { AGREEMENT_STATUS_LABELS } from '../../../shared/domain/agreements';
import type { ContactRecord } from '../../../shared/domain/outcome';
import type { AgreementRecord } from '../../../shared/domain/review';
import { Link } from '../../app/router';
import { describeStart, meetingLocalStart } from '../followups/format';
import { AgreementsTable } from './AgreementsTable';

export type Audience = 'family' | 'professional';

/** Where the facilitator fixes what is missing before the family gets the paper (the end-of-meeting screen only). */
export interface FixLinks {
  caseId: string;
  meetingId: string;
}

/**
 * What the family needs first, in this order (issue 17): *Det aftalte vi* (who does what by when), *Næste møde*
 * (weekday, date, week, time, place) and *Jeres kontaktperson* (name, role, phone). The end-of-meeting screen, the
 * read-back and both PDFs open with it; `fix` adds the way to fill a gap while the meeting is still in the room.
 */
export function OutcomeSections({ agreements, nextMeeting, contact, audience, text, targetId, fix }: {
  agreements: AgreementRecord[];
  nextMeeting: NextMeeting | null;
  contact: ContactRecord;
  audience: Audience;
  text?(value: string): ReactNode;
  targetId?: string;
  fix?: FixLinks;
}) {
  const { t } = useTranslation('review');
  const family = audience === 'family';
  return (
    <>
      <section id="phase-goals_agreements" className="review-section outcome" aria-labelledby="outcome-agreed">
        <h2 id="outcome-agreed">{t(family ? 'outcome.agreedFamily' : 'outcome.agreedProfessional')}</h2>
        {agreements.length === 0 ? (
          <p>{t('outcome.noAgreements')}</p>
        ) : (
          <AgreementsTable agreements={agreements} text={text} anchored targetId={targetId} status={family ? undefined : (a) => AGREEMENT_STATUS_LABELS[a.status]} />
        )}
      </section>
      <section className="review-section outcome" aria-labelledby="outcome-next">
        <h2 id="outcome-next">{t('outcome.next')}</h2>
        {nextMeeting ? (
          <p className="outcome__when">
            {describeStart(t, meetingLocalStart(nextMeeting.startsAt))}
            {nextMeeting.place && <span className="outcome__place">{nextMeeting.place}</span>}
          </p>
        ) : (
          <p>
            {t('outcome.noNext')}
            {fix && (
              <>
                {' '}
                <Link to={`/meetings/${fix.meetingId}`}>{t('outcome.fixNext')}</Link>
              </>
            )}
          </p>
        )}
      </section>
      <section className="review-section outcome" aria-labelledby="outcome-contact">
        <h2 id="outcome-contact">{t(family ? 'outcome.contactFamily' : 'outcome.contactProfessional')}</h2>
        <p className="outcome__contact">
          <strong>{contact.name}</strong>
          {contact.role && <span>{contact.role}</span>}
          {contact.phone && <span>{t('outcome.phone', { phone: contact.phone })}</span>}
          {contact.email && <span>{t('outcome.email', { email: contact.email })}</span>}
        </p>
        {fix && (!contact.chosen || !contact.phone) && (
          <p className="notice">
            {t(contact.chosen ? 'outcome.missingPhone' : 'outcome.missingContact')} <Link to={`/cases/${fix.caseId}`}>{t('outcome.fixContact')}</Link>
          </p>
        )}
      </section>
    </>
  );
}
