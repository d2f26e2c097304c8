import fc from 'fast-check';
import { z } from 'zod';
import { channelNames, contract, type ChannelName } from '../shared/contract';
import type { KredsHost } from './host/core';

/**
 * Property-based fuzzing of every contract channel, in process: generated inputs (from each channel's
 * JSON schema), mutations of them (a key dropped, a value swapped for anything, an extra key) and plain
 * garbage. Each call must be accepted, or refused with a typed error; never throw, never 'internal'.
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

const HOSTILE_TEXT = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', "'; DROP TABLE cases; --", 'Åse Ørsted-Bæk', '\u0000\u202e', '%_\\', '../../etc/passwd', '🙂'.repeat(40)];
const TYPED_CODES = new Set(['invalid_input', 'not_found', 'conflict', 'unauthorized', 'unknown_channel', 'db_unavailable', 'locked', 'wrong_secret', 'too_many_attempts']);

function fromSchema(schema: JsonSchema, ids: () => string[]): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => fromSchema(s, ids)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      const record = Object.fromEntries(props.map(([key, s]) => [key, fromSchema(s, ids)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) });
    }
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids()), fc.uuid());
      return fc.oneof(fc.string({ maxLength: schema.maxLength ?? 300 }), fc.constantFrom(...HOSTILE_TEXT), fc.string({ unit: 'grapheme', maxLength: 50 }));
    case 'integer':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9 }), fc.integer());
    case 'number':
      return fc.oneof(fc.double(), fc.integer({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9 }));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fromSchema(schema.items ?? {}, ids), { maxLength: 5 });
    default:
      return fc.anything();
  }
}

function mutate(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.nat(), fc.anything(), fc.string({ maxLength: 20 })).map(([value, pick, replacement, extraKey]) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return replacement;
    const copy = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const mode = pick % 3;
    if (mode === 0 && keys.length) delete copy[keys[pick % keys.length]!];
    else if (mode === 1 && keys.length) copy[keys[pick % keys.length]!] = replacement;
    else copy[extraKey || 'extra'] = replacement;
    return copy;
  });
}

export function inputArbitrary(channel: ChannelName, ids: () => string[]): fc.Arbitrary<unknown> {
  const schema = z.toJSONSchema(contract[channel].input, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
  const generated = fromSchema(schema, ids);
  return fc.oneof({ arbitrary: generated, weight: 5 }, { arbitrary: mutate(generated), weight: 4 }, { arbitrary: fc.anything(), weight: 1 });
}

export interface FuzzReport {
  inputs: number;
  accepted: number;
  crashes: number;
  /** The first few crashes, for the test's message. */
  examples: string[];
}

/** The lock channels run last: once a PIN is set and the app locked, every other channel answers 'locked'. */
export function fuzzOrder(): ChannelName[] {
  return [...channelNames.filter((c) => !c.startsWith('lock.')), ...channelNames.filter((c) => c.startsWith('lock.'))];
}

export async function fuzzContract(host: KredsHost, runsPerChannel: number, seed = 9): Promise<FuzzReport> {
  const ids = () => {
    const rows = host.db ? (host.db.prepare('SELECT id FROM cases LIMIT 20').all() as { id: string }[]) : [];
    return rows.length ? rows.map((r) => r.id) : ['00000000-0000-4000-8000-000000000000'];
  };
  const report: FuzzReport = { inputs: 0, accepted: 0, crashes: 0, examples: [] };
  for (const channel of fuzzOrder()) {
    for (const input of fc.sample(inputArbitrary(channel, ids), { numRuns: runsPerChannel, seed })) {
      report.inputs += 1;
      let problem: string | null = null;
      try {
        const result = await host.call(channel, input);
        if (result.ok) report.accepted += 1;
        else if (!TYPED_CODES.has(result.error.code) || typeof result.error.message !== 'string' || !result.error.message) problem = `${result.error.code}: ${result.error.message}`;
      } catch (error) {
        problem = `kastede ${(error as Error).message}`;
      }
      if (problem) {
        report.crashes += 1;
        if (report.examples.length < 5) report.examples.push(`${channel} ${safeJson(input)} → ${problem}`);
      }
    }
  }
  return report;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}
