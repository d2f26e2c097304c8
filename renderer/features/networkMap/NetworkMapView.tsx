import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/contract/networkMap';
import { GROUP_MARK, RINGS, fromPoint, moveByKey, toPoint, type Ring } from '../../../shared/domain/networkMap';
import './networkMap.css';

const RADII = [150, 255, 360] as const;
/** Room beside the outer ring for a name and role label, above and below for the node itself. */
const HALF_WIDTH = RADII[2] + 170;
const HALF_HEIGHT = RADII[2] + 70;
const NODE = 24;

interface Props {
  childName: string;
  nodes: MapNode[];
  /** Omitted: the map is read-only (thumbnail, presenter, stored version). */
  onMove?: (participantId: string, ring: Ring, angle: number) => void;
  /** Larger type for the shared screen. */
  large?: boolean;
}

/** The child in the centre, three rings by closeness, one node per person: colour, shape and letter mark the group. */
export function NetworkMapView({ childName, nodes, onMove, large }: Props) {
  const { t } = useTranslation(['networkMap', 'participants']);
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; x: number; y: number; startX: number; startY: number } | null>(null);
  // Where a node was just dropped or moved by key, until the stored map comes back: it must not jump back meanwhile.
  const [pending, setPending] = useState<{ id: string; ring: Ring; angle: number } | null>(null);
  useEffect(() => setPending(null), [nodes]);
  const editable = Boolean(onMove);
  const move = (id: string, ring: Ring, angle: number) => {
    setPending({ id, ring, angle });
    onMove?.(id, ring, angle);
  };
  const positionOf = (node: MapNode) => {
    if (drag?.id === node.participantId) return drag;
    if (pending?.id === node.participantId) return toPoint(pending.ring, pending.angle, RADII);
    return toPoint(node.ring, node.angle, RADII);
  };

  const toSvg = (event: PointerEvent) => {
    const svg = svgRef.current!;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM()!.inverse());
    return { x: point.x, y: point.y };
  };
  const onPointerDown = (id: string) => (event: PointerEvent<SVGGElement>) => {
    if (!editable) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const start = toSvg(event);
    setDrag({ id, ...start, startX: start.x, startY: start.y });
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (drag) setDrag({ ...drag, ...toSvg(event) });
  };
  const onPointerUp = (node: MapNode) => (event: PointerEvent<SVGGElement>) => {
    if (!drag) return;
    const { x, y } = toSvg(event);
    setDrag(null);
    // A click without movement only focuses the node; it must not snap it to another ring.
    if (Math.hypot(x - drag.startX, y - drag.startY) < 4) return;
    const target = fromPoint(x, y, RADII);
    move(node.participantId, target.ring, target.angle);
  };
  const onKeyDown = (node: MapNode) => (event: KeyboardEvent<SVGGElement>) => {
    const next = moveByKey(event.key, { ring: node.ring, angle: node.angle });
    if (!next || !onMove) return;
    event.preventDefault();
    move(node.participantId, next.ring, next.angle);
  };

  return (
    <svg
      ref={svgRef}
      className={`netmap${large ? ' netmap--large' : ''}`}
      viewBox={`${-HALF_WIDTH} ${-HALF_HEIGHT} ${HALF_WIDTH * 2} ${HALF_HEIGHT * 2}`}
      role="group"
      aria-label={t('mapLabel', { child: childName })}
    >
      {[...RINGS].reverse().map((ring) => (
        <g key={ring} aria-hidden="true">
          <circle r={RADII[ring - 1]} className={`netmap__ring netmap__ring--${ring}`} />
          {/* Straight below the child: between the default sectors of the network and the professionals. */}
          <text y={RADII[ring - 1]! - 14} className="netmap__ring-label">
            {t(`ring.${ring}`)}
          </text>
        </g>
      ))}
      {nodes.map((node) => {
        const at = positionOf(node);
        return node.tie === 'none' ? null : <line key={`tie-${node.participantId}`} x1={0} y1={0} x2={at.x} y2={at.y} className={`netmap__tie netmap__tie--${node.tie}`} />;
      })}
      <g className="netmap__child" aria-hidden="true">
        <circle r={44} />
        <text y={6}>{childName}</text>
      </g>
      {nodes.map((node) => {
        const at = positionOf(node);
        const mark = GROUP_MARK[node.group];
        const role = node.roleDetail || t(`participants:role.${node.role}`);
        // Label in name (WCAG 2.5.3): the name, role and letter the node shows are all in what it is called.
        const label = t('nodeLabel', {
          letter: mark.letter,
          name: node.name,
          role,
          group: t(`participants:groupSingular.${node.group}`),
          ring: t(`ring.${node.ring}`),
          tie: t(`tie.${node.tie}`),
        }) + (node.safetyNetwork ? `, ${t('safetyNetworkMember')}` : '');
        return (
          <g
            key={node.participantId}
            transform={`translate(${at.x} ${at.y})`}
            className={`netmap__node netmap__node--${node.group}${editable ? ' netmap__node--editable' : ''}${drag?.id === node.participantId ? ' netmap__node--dragging' : ''}`}
            tabIndex={editable ? 0 : undefined}
            role={editable ? 'button' : 'img'}
            aria-label={label}
            aria-describedby={editable ? 'netmap-keyboard-hint' : undefined}
            data-participant-id={node.participantId}
            onPointerDown={onPointerDown(node.participantId)}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp(node)}
            onPointerCancel={() => setDrag(null)}
            onKeyDown={onKeyDown(node)}
          >
            {node.safetyNetwork && <circle r={NODE + 10} className="netmap__safety" />}
            {mark.shape === 'circle' && <circle r={NODE} className="netmap__shape" />}
            {mark.shape === 'square' && <rect x={-NODE * 0.9} y={-NODE * 0.9} width={NODE * 1.8} height={NODE * 1.8} rx={4} className="netmap__shape" />}
            {mark.shape === 'diamond' && <rect x={-NODE * 0.85} y={-NODE * 0.85} width={NODE * 1.7} height={NODE * 1.7} transform="rotate(45)" className="netmap__shape" />}
            <text y={7} className="netmap__letter" aria-hidden="true">
              {mark.letter}
            </text>
            {node.safetyNetwork && <SafetyBadge x={NODE + 4} y={-NODE - 4} />}
            <text y={NODE + 22} className="netmap__name" aria-hidden="true">
              {node.name}
            </text>
            <text y={NODE + 42} className="netmap__role" aria-hidden="true">
              {role}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The mark of a person in the safety network (sikkerhedsnetværk): a ring around the node and an "S". */
export function SafetyBadge({ x = 0, y = 0 }: { x?: number; y?: number }) {
  return (
    <g transform={`translate(${x} ${y})`} aria-hidden="true">
      <circle r={12} className="netmap__safety-badge" />
      <text y={5} className="netmap__safety-letter">
        S
      </text>
    </g>
  );
}
