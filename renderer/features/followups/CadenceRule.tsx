import { useTranslation } from 'react-i18next';
import type { CadenceView } from '../../../shared/contract/followups';
import { addMonths } from '../../../shared/domain/localTime';
import { cadenceNeedsDecision, type Window } from '../../../shared/domain/followups';
import { formatDay } from './format';

/** The rule in force on the case, in words, with the window it gives for the next meeting. */
export function CadenceRule({ cadence, isFirst, window }: { cadence: CadenceView; isFirst: boolean; window?: Window }) {
  const { t } = useTranslation('followups');
  return (
    <div className="cadence-rule">
      <p>
        <strong>{t('cadence.inForce')}</strong> {t(`preset.${cadence.preset}`)}
        {cadence.preset === 'statutory_95' && cadence.supportStartDate && (
          <> {t('cadence.deadline95', { start: formatDay(cadence.supportStartDate), deadline: formatDay(addMonths(cadence.supportStartDate, 3)) })}</>
        )}
        {cadence.isDefault && <span className="muted"> {t('cadence.default')}</span>}
      </p>
      {cadence.overrideWeeks && <p>{t('cadence.override', { weeks: cadence.overrideWeeks, reason: cadence.reason })}</p>}
      {cadence.preset === 'statutory_95' && cadence.reason && !cadence.overrideWeeks && <p>{t('cadence.reason', { reason: cadence.reason })}</p>}
      {cadenceNeedsDecision(cadence) && !isFirst && <p className="notice">{t('cadence.needsDecision')}</p>}
      {window && (
        <p className="muted">
          {t(isFirst ? 'cadence.windowFirst' : 'cadence.windowThen', { earliest: formatDay(window.earliest), latest: formatDay(window.latest) })}
        </p>
      )}
    </div>
  );
}
