import { z } from 'zod';

/**
 * Danish validation messages for the whole app. Plain-language messages for the common cases a user
 * meets in a form; zod's Danish locale for the technical rest (bad payloads from outside the UI).
 */
const plainDanish: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Skal udfyldes' : `Skal være mindst ${issue.minimum} tegn`;
      if (issue.origin === 'number') return `Skal være mindst ${issue.minimum}`;
      if (issue.origin === 'array') return `Vælg mindst ${issue.minimum}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `Må højst være ${issue.maximum} tegn`;
      if (issue.origin === 'number') return `Må højst være ${issue.maximum}`;
      return undefined;
    case 'invalid_type':
      if (issue.input === undefined) return 'Skal udfyldes';
      if (issue.expected === 'int') return 'Skal være et helt tal';
      if (issue.expected === 'number') return 'Skal være et tal';
      return undefined;
    case 'invalid_format':
      if (issue.format === 'email') return 'Det er ikke en gyldig e-mailadresse';
      if (issue.format === 'date') return 'Ugyldig dato (brug dd.mm.åååå)';
      return undefined;
    case 'invalid_value':
      return 'Vælg en af mulighederne';
    default:
      return undefined;
  }
};

z.config({ ...z.locales.da(), customError: plainDanish });

/** Turns zod issues into field → message (first message per field) for inline errors. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}
