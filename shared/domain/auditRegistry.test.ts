import { describe, expect, it } from 'vitest';
import auditDa from '../i18n/da/audit.json';
import auditEn from '../i18n/en/audit.json';
import { auditCapabilities, capabilityOfEntity } from './auditRegistry';

describe('the audit registry', () => {
  it('names each capability once', () => {
    const names = auditCapabilities.map((c) => c.capability);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives every entity a capability writes a name on the Ændringslog, in Danish and English', () => {
    const entities = [...new Set(auditCapabilities.flatMap((c) => c.entities))];
    expect(entities.filter((e) => !(e in auditDa.entity))).toEqual([]);
    expect(entities.filter((e) => !(e in auditEn.entity))).toEqual([]);
  });

  it('finds the capability of an entity, and none for an entity nobody declared', () => {
    expect(capabilityOfEntity('attendance')).toBe('meetings');
    expect(capabilityOfEntity('case')).toBe('cases');
    expect(capabilityOfEntity('safety_plan_step')).toBeNull();
  });
});
