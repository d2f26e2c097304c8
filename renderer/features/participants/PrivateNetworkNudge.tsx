import { useTranslation } from 'react-i18next';

/**
 * "Er barnets private netværk afdækket?" — shown on the case overview and at meeting start when nobody from the
 * private network is on the case (the appeals board found it unexplored in 6 of 16 cases).
 */
export function PrivateNetworkNudge({ childName, onAdd }: { childName: string; onAdd?: () => void }) {
  const { t } = useTranslation('participants');
  return (
    <aside className="nudge" aria-labelledby="nudge-title">
      <h2 id="nudge-title">{t('nudge.title')}</h2>
      <p>{t('nudge.body')}</p>
      <ul>
        {(['q1', 'q2', 'q3', 'q4'] as const).map((key) => (
          <li key={key}>{t(`nudge.${key}`, { child: childName })}</li>
        ))}
      </ul>
      {onAdd && (
        <button type="button" className="button" onClick={onAdd}>
          {t('nudge.add')}
        </button>
      )}
    </aside>
  );
}
