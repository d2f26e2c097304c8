import { describe, expect, it } from 'vitest';
import { byGroup, findDuplicate, groupForRole, needsPrivateNetworkNudge, personKey, ROLES, type Group, type Role } from './participants';

describe('group from role', () => {
  it.each<[Role, Group]>([
    ['child', 'family'],
    ['mother', 'family'],
    ['father', 'family'],
    ['sibling', 'family'],
    ['grandparent', 'family'],
    ['foster_parent', 'family'],
    ['other_family', 'family'],
    ['network_person', 'private_network'],
    ['support_person', 'private_network'],
    ['other', 'private_network'],
    ['teacher', 'professional'],
    ['pedagogue', 'professional'],
    ['health_visitor', 'professional'],
    ['ppr_psychologist', 'professional'],
    ['social_worker', 'professional'],
    ['school_social_worker', 'professional'],
    ['provider', 'professional'],
  ])('%s belongs to %s', (role, group) => {
    expect(groupForRole(role)).toBe(group);
  });

  it('covers every role', () => {
    for (const role of ROLES) expect(['family', 'private_network', 'professional']).toContain(groupForRole(role));
  });
});

const person = (id: string, name: string, role: Role, group: Group = groupForRole(role), archivedAt: string | null = null) => ({ id, name, role, group, archivedAt });

describe('duplicates', () => {
  const existing = [person('1', 'Hanne Jensen', 'mother'), person('2', 'Lars Berg', 'teacher')];
  it.each<[string, Role, string | undefined]>([
    ['Hanne Jensen', 'mother', '1'],
    ['  hanne   JENSEN ', 'mother', '1'],
    ['Hanne Jensen', 'grandparent', undefined],
    ['Hanne', 'mother', undefined],
  ])('"%s" as %s matches %s', (name, role, id) => {
    expect(findDuplicate(existing, { name, role })?.id).toBe(id);
  });

  it('does not call a person a duplicate of themself when edited', () => {
    expect(findDuplicate(existing, { id: '1', name: 'Hanne Jensen', role: 'mother' })).toBeUndefined();
  });

  it('folds Danish letters by case only', () => {
    expect(personKey('ÆBLE Ø')).toBe('æble ø');
  });
});

describe('private-network nudge', () => {
  it.each([
    [[], true],
    [[person('1', 'Hanne', 'mother'), person('2', 'Lars', 'teacher')], true],
    [[person('1', 'Kim', 'network_person', 'private_network', '2026-01-01')], true],
    [[person('1', 'Kim', 'network_person')], false],
    [[person('1', 'Tante Bo', 'other_family', 'private_network')], false],
  ])('%#: nudge %s', (participants, nudge) => {
    expect(needsPrivateNetworkNudge(participants)).toBe(nudge);
  });

  it('groups active participants only', () => {
    const grouped = byGroup([person('1', 'A', 'mother'), person('2', 'B', 'teacher', 'professional', '2026-01-01'), person('3', 'C', 'network_person')]);
    expect(grouped.family.map((p) => p.id)).toEqual(['1']);
    expect(grouped.professional).toEqual([]);
    expect(grouped.private_network.map((p) => p.id)).toEqual(['3']);
  });
});
