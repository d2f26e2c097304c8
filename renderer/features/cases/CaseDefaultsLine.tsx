import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contract/cases';
import { cadencePhrase, caseDefaults, defaultCadenceFor, scaleZeroPhrase } from '../../../shared/domain/caseDefaults';
import { ageThisYear } from '../../../shared/domain/cases';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { CadenceDialog } from '../followups/CadenceDialog';
import { MapWordingSelect } from '../map/MapPickers';

/**
 * One line on the case page: the method the case follows (map wording, what 0 means on the scale, the cadence) and
 * why — its case type's default or chosen for the case — with »Skift« to change the wording or the cadence.
 */
export function CaseDefaultsLine({ caseDetail: c }: { caseDetail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const now = useNow();
  const announce = useAnnounce();
  const [changing, setChanging] = useState<'wording' | 'cadence' | null>(null);
  const loaded = useLoad(
    () => Promise.all([api['map.caseSummary']({ caseId: c.id }), api['followups.forCase']({ caseId: c.id })]),
    [c.id, c.caseType],
    (event) => (event.type.startsWith('map.') || event.type === 'followups.changed') && (!event.id || event.id === c.id),
  );
  if (!loaded.data) return null;
  const [map, followUps] = loaded.data;
  const defaults = caseDefaults(c.caseType);
  const chosen = map.wordingChosen || !followUps.cadence.isDefault;
  const why = chosen
    ? t('defaults.whyChosen', { defaultWording: t(`defaults.wording.${defaults.wording}`), defaultCadence: cadencePhrase(defaultCadenceFor(c.caseType)) })
    : t('defaults.whyDefault', { type: t(`type.${c.caseType}`) });
  const line = t('defaults.line', {
    wording: t(`defaults.wording.${map.wording}`),
    zero: scaleZeroPhrase(map.wording, ageThisYear(c.birthYear, now)),
    cadence: cadencePhrase(followUps.cadence),
    why,
  });
  return (
    <div className="case-defaults" data-testid="case-defaults">
      {line}{' '}
      <button type="button" className="button button--small" aria-label={t('defaults.changeLabel')} onClick={() => setChanging('wording')}>
        {t('defaults.change')}
      </button>
      {changing === 'wording' && (
        <Dialog title={t('defaults.dialogTitle')} open onClose={() => setChanging(null)}>
          <p className="field__hint">{t('defaults.dialogHint')}</p>
          <label className="field">
            <span className="field__label">{t('map:wording.label')}</span>
            <MapWordingSelect
              value={map.wording}
              onChange={(wording) =>
                void api['map.setWording']({ caseId: c.id, wording }).then(() => announce(t('defaults.wordingSaved')))
              }
            />
          </label>
          <p>
            <button type="button" className="button" onClick={() => setChanging('cadence')}>
              {t('defaults.cadenceButton')}
            </button>
          </p>
        </Dialog>
      )}
      {changing === 'cadence' && <CadenceDialog caseId={c.id} cadence={followUps.cadence} open onClose={() => setChanging(null)} />}
    </div>
  );
}
