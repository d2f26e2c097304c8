/**
 * The people around the child (DOMAIN.md "The people"). A participant is recorded once per case and reused in
 * every meeting. The role key is stored; the Danish label comes from i18n (participants:role.<key>).
 */
const FAMILY_ROLES = ['child', 'mother', 'father', 'sibling', 'grandparent', 'foster_parent', 'other_family'] as const;
const PROFESSIONAL_ROLES = ['teacher', 'pedagogue', 'health_visitor', 'ppr_psychologist', 'social_worker', 'school_social_worker', 'provider'] as const;
/** In the order of the role picker: family, the private network, professionals, other. */
export const ROLES = [...FAMILY_ROLES, 'network_person', 'support_person', ...PROFESSIONAL_ROLES, 'other'] as const;
export type Role = (typeof ROLES)[number];

/** familie / privat netværk / fagperson. */
export const GROUPS = ['family', 'private_network', 'professional'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * The group a role suggests; the user may change it (a neighbour who is like family, a foster parent who is a
 * professional provider). A bisidder and "andet" default to the private network: people without a professional duty
 * of confidentiality are the safer assumption for what may be shown to them.
 */
export function groupForRole(role: Role): Group {
  if ((FAMILY_ROLES as readonly Role[]).includes(role)) return 'family';
  if ((PROFESSIONAL_ROLES as readonly Role[]).includes(role)) return 'professional';
  return 'private_network';
}

/** Roles that may hold custody (forældremyndighed) and so may give consent for a child under 15. */
export const CUSTODY_CAPABLE_ROLES: readonly Role[] = ['mother', 'father', 'other_family', 'grandparent', 'foster_parent'];

export const MAX_NAME = 120;
export const MAX_NOTE = 2000;
export const MAX_SHORT_TEXT = 200;

/** Case-, space- and accent-insensitive key for "is this the same person?" (trims, folds case, collapses spaces). */
export function personKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da-DK');
}

export interface ParticipantLike {
  id: string;
  name: string;
  role: Role;
  group: Group;
  archivedAt: string | null;
}

/** A new person with the same name and role as an existing one is probably the same person. */
export function findDuplicate<P extends ParticipantLike>(existing: P[], candidate: { name: string; role: Role; id?: string }): P | undefined {
  const key = personKey(candidate.name);
  return existing.find((p) => p.id !== candidate.id && p.role === candidate.role && personKey(p.name) === key);
}

/**
 * The private-network nudge: the appeals board found that in 6 of 16 cases nobody explored the private network.
 * True when no active participant is in the private network.
 */
export function needsPrivateNetworkNudge(participants: ParticipantLike[]): boolean {
  return !participants.some((p) => p.archivedAt === null && p.group === 'private_network');
}

/** Groups active participants in the order the overview shows them. */
export function byGroup<P extends ParticipantLike>(participants: P[]): Record<Group, P[]> {
  const result: Record<Group, P[]> = { family: [], private_network: [], professional: [] };
  for (const p of participants) if (p.archivedAt === null) result[p.group].push(p);
  return result;
}
