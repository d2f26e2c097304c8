import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapSettings } from '../../../shared/contract/map';
import { DEFAULT_MAP_LABELS, MAP_COLUMNS, MAP_WORDINGS, partsOf, type MapLabelKey, type MapWording } from '../../../shared/domain/map';
import { DEFAULT_WELLBEING_HINTS, WELLBEING_LABELS, WELLBEING_LEVELS } from '../../../shared/domain/wellbeing';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ErrorMessage } from '../../ui/Page';
import { FamilyWordsFields } from './FamilyWordsFields';
import type { FamilyWordKey } from '../../../shared/domain/familyWords';

/**
 * The "Kortet" section of Indstillinger: municipal wording of the map (e.g. Samarbejde om Sikkerhed), the family's
 * words for each wording, and the wellbeing hints; empty fields use the default.
 */
export function MapSettingsSection() {
  const { t } = useTranslation('map');
  const announce = useAnnounce();
  const loaded = useLoad(() => api['map.settings']({}), []);
  const [draft, setDraft] = useState<MapSettings | null>(null);
  useEffect(() => setDraft((current) => current ?? loaded.data ?? null), [loaded.data]);
  const submit = useSubmit(
    () => api['map.saveSettings']({ labels: draft!.labels, wellbeingHints: draft!.wellbeingHints, familyWords: draft!.familyWords }),
    (saved) => {
      setDraft(saved);
      announce(t('common:status.saved'));
    },
  );
  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!draft) return <p className="muted">{t('common:status.loading')}</p>;

  const setLabel = (wording: MapWording, key: MapLabelKey, value: string) =>
    setDraft({ ...draft, labels: { ...draft.labels, [wording]: { ...draft.labels[wording], [key]: value } } });
  const setFamilyWord = (wording: MapWording, key: FamilyWordKey, value: string) =>
    setDraft({ ...draft, familyWords: { ...draft.familyWords, [wording]: { ...draft.familyWords[wording], [key]: value } } });

  return (
    <>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit.run();
        }}
      >
        {submit.formError && <ErrorMessage message={submit.formError} />}
        {MAP_WORDINGS.map((wording) => (
          <fieldset key={wording} className="settings-group">
            <legend>{t(`wording.${wording}`)}</legend>
            {MAP_COLUMNS.flatMap((column) => [column, ...partsOf(column)] as MapLabelKey[]).map((key) => (
              <TextField
                key={key}
                label={DEFAULT_MAP_LABELS[wording][key]}
                placeholder={DEFAULT_MAP_LABELS[wording][key]}
                value={draft.labels[wording]?.[key] ?? ''}
                maxLength={80}
                error={submit.fieldErrors[`labels.${wording}.${key}`]}
                onChange={(e) => setLabel(wording, key, e.target.value)}
              />
            ))}
          </fieldset>
        ))}
        {MAP_WORDINGS.map((wording) => (
          <FamilyWordsFields key={wording} wording={wording} draft={draft} errors={submit.fieldErrors} onChange={(key, value) => setFamilyWord(wording, key, value)} />
        ))}
        <fieldset className="settings-group">
          <legend>{t('wellbeing.hintsTitle')}</legend>
          {WELLBEING_LEVELS.map((level) => (
            <TextArea
              key={level}
              label={WELLBEING_LABELS[level]}
              placeholder={DEFAULT_WELLBEING_HINTS[level]}
              rows={2}
              value={draft.wellbeingHints[level] ?? ''}
              error={submit.fieldErrors[`wellbeingHints.${level}`]}
              onChange={(e) => setDraft({ ...draft, wellbeingHints: { ...draft.wellbeingHints, [level]: e.target.value } })}
            />
          ))}
        </fieldset>
        <p className="muted small">{t('settings.emptyMeansDefault')}</p>
        <FormActions label={t('common:actions.save')} disabled={submit.busy} />
      </form>
    </>
  );
}
