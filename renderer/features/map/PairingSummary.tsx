import { useTranslation } from 'react-i18next';
import type { MapItem, MapLabels, Pairing } from '../../../shared/domain/map';

/** Danger statements without a goal (and goals without a statement), so none is forgotten before the meeting ends. */
export function PairingSummary({ pairing, labels }: { pairing: Pairing<MapItem>; labels: MapLabels }) {
  const { t } = useTranslation('map');
  const { pairs, unpairedDangers, unpairedGoals } = pairing;
  if (!pairs.length && !unpairedDangers.length && !unpairedGoals.length) return null;
  return (
    <section className="pairing-summary" aria-labelledby="pairing-h">
      <h2 id="pairing-h">{t('pairing.title', { danger: labels.danger_statements, goal: labels.safety_goals })}</h2>
      <p>{t('pairing.count', { count: pairs.length })}</p>
      {unpairedDangers.length > 0 && (
        <div className="pairing-summary__unpaired" data-testid="unpaired-dangers">
          <h3>{t('pairing.unpairedDangers', { count: unpairedDangers.length, danger: labels.danger_statements })}</h3>
          <ul>
            {unpairedDangers.map((d) => (
              <li key={d.id}>{d.text}</li>
            ))}
          </ul>
        </div>
      )}
      {unpairedGoals.length > 0 && (
        <div className="pairing-summary__unpaired" data-testid="unpaired-goals">
          <h3>{t('pairing.unpairedGoals', { count: unpairedGoals.length, goal: labels.safety_goals })}</h3>
          <ul>
            {unpairedGoals.map((g) => (
              <li key={g.id}>{g.text}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
