/** Every failure that crosses the contract is a value with a code and a Danish message the user can act on. */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'unknown_channel'
  | 'db_wrong_key'
  | 'db_not_writable'
  | 'db_unavailable'
  | 'db_corrupt'
  | 'locked'
  | 'wrong_secret'
  | 'too_many_attempts'
  | 'internal';

export interface KredsErrorShape {
  code: ErrorCode;
  message: string;
  /** Field path → Danish message, for inline form errors. */
  fields?: Record<string, string>;
}

export class KredsError extends Error implements KredsErrorShape {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'KredsError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  toJSON(): KredsErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: KredsErrorShape };

export function isKredsErrorShape(value: unknown): value is KredsErrorShape {
  return typeof value === 'object' && value !== null && typeof (value as KredsErrorShape).code === 'string' && typeof (value as KredsErrorShape).message === 'string';
}
