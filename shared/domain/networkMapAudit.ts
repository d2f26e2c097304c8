/**
 * The network map's lines in the audit trail: a person placed or their line changed, and a version of the map kept.
 * What may be written is audit.ts's rule.
 */
import networkMapDa from '../i18n/da/networkMap.json';
import { asLowerLabel, auditSummary, countOf, type CapabilityAudit, type SummaryField } from './audit';

export const networkMapAudit: CapabilityAudit = { capability: 'networkMap', entities: ['network_map_node', 'network_map_version'] };

export interface NetworkNodeAudit {
  ring: number;
  angle: number;
  tie: string;
}
const RINGS: Record<string, string> = networkMapDa.ring;
const NODE_FIELDS: SummaryField<NetworkNodeAudit>[] = [
  { key: 'ring', label: 'afstand', format: (v) => asLowerLabel(RINGS)(String(v)) },
  { key: 'tie', label: 'linje', format: asLowerLabel({ ...networkMapDa.tie, none: 'ingen' }) },
  { key: 'angle', label: 'placering', text: true },
];
/** A person moved or their line changed on the network map: named like a participant (the map shows them). */
export const networkNodeSummary = (name: string, before: NetworkNodeAudit, after: NetworkNodeAudit) =>
  auditSummary({ what: 'Netværkskort', name, fields: NODE_FIELDS, before, after });

const MOMENTS: Record<string, string> = { meeting_start: 'ved mødestart', meeting_end: 'ved mødeslut', manual: 'manuelt' };
/** A version of the network map kept (how many people it shows, not who). */
export const networkSnapshotSummary = (moment: string, people: number) =>
  `Version af netværkskortet gemt ${MOMENTS[moment] ?? moment}: ${countOf(people, 'person', 'personer')}`;
