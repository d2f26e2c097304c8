import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/contract/networkMap';
import { mapChanges, type MapChange } from '../../../shared/domain/networkMap';

/** What changed from a stored version to the map as it is now, in sentences the PPR psychologist can read before the next meeting. */
export function MapChangesList({ version, live }: { version: MapNode[]; live: MapNode[] }) {
  const { t } = useTranslation('networkMap');
  const changes = mapChanges(version, live);
  const sentence = (change: MapChange) => {
    switch (change.kind) {
      case 'added':
        return t('change.added', { name: change.name, ring: t(`ring.${change.ring}`) });
      case 'removed':
        return t('change.removed', { name: change.name });
      case 'moved':
        return t(change.to < change.from ? 'change.closer' : 'change.farther', { name: change.name, from: t(`ring.${change.from}`), to: t(`ring.${change.to}`) });
      case 'tie':
        return t('change.tie', { name: change.name, from: t(`tie.${change.from}`), to: t(`tie.${change.to}`) });
    }
  };
  return (
    <section aria-labelledby="map-changes-title" className="map-changes">
      <h2 id="map-changes-title">{t('change.title')}</h2>
      {changes.length === 0 ? (
        <p className="muted">{t('change.none')}</p>
      ) : (
        <ul>
          {changes.map((change, index) => (
            <li key={`${index}-${change.kind}`}>{sentence(change)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
