import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedContent, SharedNetworkNode } from '../../../shared/contract/sharedScreen';
import { FAMILY_GROUP_NAMES, familyRole } from '../../../shared/domain/familyWords';
import { GROUP_MARK, toPoint, type Tie } from '../../../shared/domain/networkMap';
import { GROUPS, type Group } from '../../../shared/domain/participants';
import { atLeast, placeLabels, type Box } from '../../../shared/domain/screenFit';
import { useFitStep } from '../../ui/fit/FitScreen';
import { DANISH } from './danish';
import './networkView.css';

type NetworkContent = Extract<SharedContent, { kind: 'network' }>;

/** The drawing's units: the same rings as the network map page (NetworkMapView), so a person sits where they sit there. */
const RADII = [150, 255, 360] as const;
const EXTENT = 400;
const NODE = 24;
const TIES: Tie[] = ['support', 'strain', 'both'];

/**
 * The network map on the shared screen: the child in the centre, everyone on the ring the family put them on, with
 * names on the drawing placed so none touches another or a mark; beside it who everyone is, by group, the child's
 * family first. Tight: first names on the drawing. Focus: the list without roles. Names that cannot be placed
 * without touching tell the screen to take its next step.
 */
export function NetworkView({ content }: { content: NetworkContent }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  // Each name on the drawing tells a screen reader where the person is, as the console's map does.
  const { t: map } = useTranslation(['networkMap', 'participants'], { lng: 'da' });
  const step = useFitStep();
  const drawing = useRef<HTMLDivElement>(null);
  const shortNames = step !== 'roomy';
  useLayoutEffect(() => placeNames(drawing.current));
  const byGroup = (group: Group) => content.nodes.filter((n) => n.group === group);
  return (
    <div className="ss-network">
      <div className="ss-network__drawing" ref={drawing}>
        <svg viewBox={`${-EXTENT} ${-EXTENT} ${EXTENT * 2} ${EXTENT * 2}`} aria-hidden="true">
          {[...RADII].reverse().map((r, i) => (
            <circle key={r} r={r} className={`ss-network__ring ss-network__ring--${3 - i}`} />
          ))}
          {content.nodes.map((node) => {
            const at = toPoint(node.ring, node.angle, RADII);
            return node.tie === 'none' ? null : <line key={`t${node.id}`} x1={0} y1={0} x2={at.x} y2={at.y} className={`ss-network__tie ss-network__tie--${node.tie}`} />;
          })}
          <circle r={52} className="ss-network__child" />
          {content.nodes.map((node) => (
            <Mark key={node.id} node={node} />
          ))}
        </svg>
        <span className="ss-network__label ss-network__label--child" data-x={0} data-y={0} data-child="">
          {content.childName}
        </span>
        {content.nodes.map((node) => {
          const at = toPoint(node.ring, node.angle, RADII);
          return (
            <span
              key={node.id}
              className="ss-network__label"
              data-x={at.x}
              data-y={at.y}
              role="img"
              aria-label={t('nodeLabel', { name: node.name, role: familyRole(node), group: map(`participants:groupSingular.${node.group}`), ring: map(`ring.${node.ring}`), tie: map(`tie.${node.tie}`) })}
            >
              {shortNames ? node.name.split(/\s+/)[0] : node.name}
            </span>
          );
        })}
      </div>
      <div className="ss-network__people" data-fit-box>
        {GROUPS.map((group) =>
          byGroup(group).length ? (
            <section key={group}>
              <h2 className="ss-heading">
                <Shape group={group} /> {FAMILY_GROUP_NAMES[group]}
              </h2>
              <ul>
                {byGroup(group).map((n) => (
                  <li key={n.id}>
                    <strong>{n.name}</strong>
                    {!atLeast(step, 'focus') && familyRole(n) && <span className="ss-muted">, {familyRole(n)}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
        <ul className="ss-network__ties">
          {TIES.filter((tie) => content.nodes.some((n) => n.tie === tie)).map((tie) => (
            <li key={tie}>
              <svg viewBox="0 -8 40 16" aria-hidden="true">
                <line x1={2} y1={0} x2={38} y2={0} className={`ss-network__tie ss-network__tie--${tie}`} />
              </svg>
              {t(`tie.${tie}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Mark({ node }: { node: SharedNetworkNode }) {
  const { x, y } = toPoint(node.ring, node.angle, RADII);
  return (
    <g transform={`translate(${x} ${y})`} className={`ss-network__node ss-network__node--${node.group}`}>
      <ShapePath group={node.group} size={NODE} />
    </g>
  );
}

function ShapePath({ group, size }: { group: Group; size: number }) {
  const shape = GROUP_MARK[group].shape;
  if (shape === 'circle') return <circle r={size} />;
  if (shape === 'square') return <rect x={-size * 0.9} y={-size * 0.9} width={size * 1.8} height={size * 1.8} rx={4} />;
  return <rect x={-size * 0.85} y={-size * 0.85} width={size * 1.7} height={size * 1.7} transform="rotate(45)" />;
}

function Shape({ group }: { group: Group }) {
  return (
    <svg viewBox="-30 -30 60 60" className={`ss-network__shape ss-network__node--${group}`} aria-hidden="true">
      <ShapePath group={group} size={22} />
    </svg>
  );
}

/**
 * Puts each name beside its mark: the side facing away from the child first, then the others, never touching
 * another name or a mark (shared/domain/screenFit.ts placeLabels). Written to the DOM before the fit check.
 */
function placeNames(box: HTMLDivElement | null): void {
  if (!box) return;
  const scale = Math.min(box.clientWidth, box.clientHeight) / (EXTENT * 2);
  const cx = box.clientWidth / 2;
  const cy = box.clientHeight / 2;
  const labels = [...box.querySelectorAll<HTMLElement>('.ss-network__label')];
  const r = NODE * scale;
  const marks: Box[] = labels
    .filter((l) => !('child' in l.dataset))
    .map((l) => ({ x: cx + Number(l.dataset.x) * scale - r, y: cy + Number(l.dataset.y) * scale - r, width: r * 2, height: r * 2 }));
  const candidates = labels.map((label) => {
    const w = label.offsetWidth;
    const h = label.offsetHeight;
    const px = cx + Number(label.dataset.x) * scale;
    const py = cy + Number(label.dataset.y) * scale;
    if ('child' in label.dataset) return [{ x: px - w / 2, y: py - h / 2, width: w, height: h }];
    const out = Math.atan2(py - cy, px - cx);
    const options = [
      { x: px - w / 2, y: py + r + 2, dx: 0, dy: 1 },
      { x: px - w / 2, y: py - r - 2 - h, dx: 0, dy: -1 },
      { x: px + r + 4, y: py - h / 2, dx: 1, dy: 0 },
      { x: px - r - 4 - w, y: py - h / 2, dx: -1, dy: 0 },
      { x: px + r * 0.7, y: py + r * 0.7, dx: 0.7, dy: 0.7 },
      { x: px - r * 0.7 - w, y: py + r * 0.7, dx: -0.7, dy: 0.7 },
      { x: px + r * 0.7, y: py - r * 0.7 - h, dx: 0.7, dy: -0.7 },
      { x: px - r * 0.7 - w, y: py - r * 0.7 - h, dx: -0.7, dy: -0.7 },
    ];
    // Facing away from the child first: the crowd is always nearer the centre.
    options.sort((a, b) => b.dx * Math.cos(out) + b.dy * Math.sin(out) - (a.dx * Math.cos(out) + a.dy * Math.sin(out)));
    return options.map(({ x, y }) => ({ x, y, width: w, height: h }));
  });
  const { boxes, collisions } = placeLabels(candidates, marks, { x: 0, y: 0, width: box.clientWidth, height: box.clientHeight });
  labels.forEach((label, i) => {
    label.style.left = `${boxes[i]!.x}px`;
    label.style.top = `${boxes[i]!.y}px`;
  });
  if (collisions > 0) box.dataset.fitProblem = `${collisions}`;
  else delete box.dataset.fitProblem;
}
