import { useTranslation } from 'react-i18next';
import type { MapSettings } from '../../../shared/contract/map';
import { DEFAULT_FAMILY_WORDS, FAMILY_WORD_KEYS, MAX_FAMILY_WORD_LENGTH, type FamilyWordKey } from '../../../shared/domain/familyWords';
import { DEFAULT_MAP_LABELS, type MapLabelKey, type MapWording } from '../../../shared/domain/map';
import { MEETING_TYPE_LABELS, PHASE_DEFAULTS, type MeetingType, type PhaseKind } from '../../../shared/domain/meetingTemplates';
import { TextField } from '../../ui/Field';

/** What each family word stands for, in the professionals' own words (the field's label). */
function professionalTerm(t: (key: string) => string, wording: MapWording, key: FamilyWordKey): string {
  if (key.startsWith('phase.')) return `${t('familyWords.phase')}: ${PHASE_DEFAULTS[key.slice(6) as PhaseKind].title}`;
  if (key.startsWith('meeting.')) return `${t('familyWords.meeting')}: ${MEETING_TYPE_LABELS[key.slice(8) as MeetingType]}`;
  if (key.startsWith('scale.') || key.startsWith('heading.')) return t(`familyWords.${key}`);
  return DEFAULT_MAP_LABELS[wording][key as MapLabelKey];
}

/**
 * The family's words of one map wording (shared/domain/familyWords.ts), as a municipality may change them: each field
 * is labelled with the professional term it replaces, the default family word shows as the placeholder, and an empty
 * field keeps the default. `{navn}` is the child's name.
 */
export function FamilyWordsFields({
  wording,
  draft,
  errors,
  onChange,
}: {
  wording: MapWording;
  draft: MapSettings;
  errors: Record<string, string>;
  onChange: (key: FamilyWordKey, value: string) => void;
}) {
  const { t } = useTranslation('map');
  return (
    <fieldset className="settings-group">
      <legend>{t(`familyWords.legend.${wording}`)}</legend>
      <p className="muted small">{t('familyWords.hint')}</p>
      {FAMILY_WORD_KEYS.map((key) => (
        <TextField
          key={key}
          label={professionalTerm(t, wording, key)}
          placeholder={DEFAULT_FAMILY_WORDS[wording][key]}
          value={draft.familyWords[wording]?.[key] ?? ''}
          maxLength={MAX_FAMILY_WORD_LENGTH}
          error={errors[`familyWords.${wording}.${key}`]}
          onChange={(e) => onChange(key, e.target.value)}
        />
      ))}
    </fieldset>
  );
}
