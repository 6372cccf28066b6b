import { z } from 'zod';

/** An ISO 3166 alpha-2 code as the contract carries it; the engine checks it is one it knows. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, e.g. DE.');
