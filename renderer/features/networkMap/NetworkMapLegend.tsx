import { useTranslation } from 'react-i18next';
import { GROUP_MARK, type Tie } from '../../../shared/domain/networkMap';
import { GROUPS } from '../../../shared/domain/participants';
import { SafetyBadge } from './NetworkMapView';

const TIES_SHOWN: Tie[] = ['support', 'strain', 'both'];

/** Explains colour, shape, letter and line style, so nobody has to rely on colour alone. */
export function NetworkMapLegend({ safetyNetwork = false }: { safetyNetwork?: boolean }) {
  const { t } = useTranslation(['networkMap', 'participants']);
  return (
    <ul className="netmap-legend" aria-label={t('legend')}>
      {GROUPS.map((group) => {
        const mark = GROUP_MARK[group];
        return (
          <li key={group}>
            <svg viewBox="-16 -16 32 32" aria-hidden="true" className={`netmap__node--${group}`}>
              {mark.shape === 'circle' && <circle r={13} className="netmap__shape" />}
              {mark.shape === 'square' && <rect x={-12} y={-12} width={24} height={24} rx={3} className="netmap__shape" />}
              {mark.shape === 'diamond' && <rect x={-10} y={-10} width={20} height={20} transform="rotate(45)" className="netmap__shape" />}
              <text y={5} className="netmap__letter" style={{ fontSize: 14 }}>
                {mark.letter}
              </text>
            </svg>
            {t('legendGroup', { letter: mark.letter, group: t(`participants:groupSingular.${group}`) })}
          </li>
        );
      })}
      {TIES_SHOWN.map((tie) => (
        <li key={tie}>
          <svg viewBox="0 -8 40 16" aria-hidden="true" style={{ width: 40 }}>
            <line x1={2} y1={0} x2={38} y2={0} className={`netmap__tie netmap__tie--${tie}`} />
          </svg>
          {t(`tie.${tie}`)}
        </li>
      ))}
      {safetyNetwork && (
        <li>
          <svg viewBox="-16 -16 32 32" aria-hidden="true">
            <SafetyBadge />
          </svg>
          {t('safetyNetworkLegend')}
        </li>
      )}
    </ul>
  );
}
