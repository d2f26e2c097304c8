import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';
import { WELLBEING_LABELS } from '../../../shared/domain/wellbeing';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { Badge } from '../../ui/Page';
import { MapWordingSelect } from './MapPickers';

/** On the case page: the newest map, the case's wording (Signs of Safety or Signs of Wellbeing) and the last wellbeing level. */
export function CaseMapSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('map');
  const loaded = useLoad(() => api['map.caseSummary']({ caseId }), [caseId], (event) => event.type.startsWith('map.') || (event.type === 'meetings.changed' && event.id !== undefined));
  const summary = loaded.data;
  if (!summary) return null;
  return (
    <section className="case-map" aria-labelledby="case-map-h">
      <h2 id="case-map-h">{t('case.title')}</h2>
      <div className="case-map__row">
        {summary.latestMeetingId ? (
          <Link to={`/meetings/${summary.latestMeetingId}/map`} className="button">
            {t('case.openLatest')}
          </Link>
        ) : (
          <p className="muted">{t('case.noMeetings')}</p>
        )}
        <label>
          {t('wording.label')}{' '}
          <MapWordingSelect value={summary.wording} onChange={(wording) => void api['map.setWording']({ caseId, wording })} />
        </label>
        {summary.wellbeing && (
          <span>
            {t('case.wellbeing')} <Badge tone={summary.wellbeing.level === 'general' ? 'success' : summary.wellbeing.level === 'declining' ? 'info' : 'warning'}>{WELLBEING_LABELS[summary.wellbeing.level]}</Badge>{' '}
            <span className="muted small">({formatDate(summary.wellbeing.startsAt)})</span>
          </span>
        )}
      </div>
    </section>
  );
}
