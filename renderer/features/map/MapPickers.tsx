import { useTranslation } from 'react-i18next';
import type { MapPerson } from '../../../shared/contract/map';
import { MAP_WORDINGS, type MapWording } from '../../../shared/domain/map';

/** Which Signs of Safety wording the case's maps use (on the case page and above the map). */
export function MapWordingSelect({ value, onChange }: { value: MapWording; onChange(wording: MapWording): void }) {
  const { t } = useTranslation('map');
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as MapWording)}>
      {MAP_WORDINGS.map((w) => (
        <option key={w} value={w}>
          {t(`wording.${w}`)}
        </option>
      ))}
    </select>
  );
}

/** Who said it: one of the meeting's people, or "Fælles" (empty). */
export function SpeakerSelect({ people, value, onChange }: { people: MapPerson[]; value: string; onChange(participantId: string): void }) {
  const { t } = useTranslation('map');
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('item.shared')}</option>
      {people.map((p) => (
        <option key={p.participantId} value={p.participantId}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
