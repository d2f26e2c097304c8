import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useQueryParams } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../ui/Page';
import { MeetingContent } from '../review/MeetingContent';
import { PrintFrame } from './PrintFrame';

/**
 * The meeting on paper, outcome first (issue 17). The family version (default) is fetched without fortroligt
 * content — the host filters it, so it never reaches this page — and speaks the family's words; the professional
 * version is marked on every page.
 */
export function PrintMeetingPage({ id }: { id: string }) {
  const { t } = useTranslation('review');
  const professional = useQueryParams().get('version') === 'professional';
  const loaded = useLoad(() => api['review.meeting']({ meetingId: id, professional }), [id, professional]);
  const data = loaded.data;
  if (loaded.error) return <ErrorMessage message={loaded.error.message} />;
  if (!data) return null;
  const m = data.meeting;
  const contact = data.contactPerson;
  return (
    <PrintFrame ready={!loaded.loading} municipality={data.municipality} confidential={professional}>
      <header className="print-doc__header">
        {data.municipality && <p className="print-doc__municipality">{data.municipality}</p>}
        {professional && <p className="print-doc__stamp">{t('print.professionalStamp')}</p>}
        <h1>{professional ? t('print.professionalTitle', { name: data.childName }) : t(`print.familyTitle.${m.type}`, { name: data.childName })}</h1>
        <p>
          {!professional && `${t('print.familySubtitle')} · `}
          {professional && `${t(`meetingType.${m.type}`)} · `}
          {formatDateTime(m.startsAt)}
          {m.place && ` · ${m.place}`}
        </p>
        {!professional && (
          <p className="print-doc__intro">
            {contact.phone ? t('print.familyIntroCall', { name: contact.name, phone: contact.phone }) : t('print.familyIntro', { name: contact.name })}
          </p>
        )}
      </header>
      <MeetingContent review={data} audience={professional ? 'professional' : 'family'} />
    </PrintFrame>
  );
}
