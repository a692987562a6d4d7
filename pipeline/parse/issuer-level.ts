/**
 * The level of the office that issued a letter (ministry, department, province, district,
 * local body, other), §9.2 of the reference: first from the reference number (agency code
 * and office number block), else from the issuer's name, the signer's title and who the
 * letter is addressed to.
 */
import type { IssuerLevel, ReferenceNumber } from '../../schemas/index.js';
import codes from '../thai/data/agency-codes.json' with { type: 'json' };
import { LEVEL_BY_ADDRESSEE, LEVEL_BY_NAME, LEVEL_BY_POSITION } from './lexicon.js';

export type AgencyGroup = 'ministry' | 'other-agency' | 'province';

const GROUP_BY_CODE = new Map<string, AgencyGroup>([
  ...[...codes.ministries, ...codes.former_ministries].map((e) => [e.code, 'ministry'] as const),
  ...codes.other_agencies.map((e) => [e.code, 'other-agency'] as const),
  ...codes.provinces.map((e) => [e.code, 'province'] as const),
]);

/** Bangkok (กท) is a local government (BMA), not a provincial office. */
const LOCAL_GOVERNMENT_CODES = new Set(['กท']);
/** Within a ministry, department number 02 is the Office of the Permanent Secretary. */
const PERMANENT_SECRETARY_BLOCK = /^02/;

export const agencyGroupOf = (code: string): AgencyGroup | null => GROUP_BY_CODE.get(code) ?? null;

/** Level from the reference number alone, or null when the code is unknown. */
export function levelFromReference(ref: ReferenceNumber): IssuerLevel | null {
  const group = agencyGroupOf(ref.agencyCode);
  const block = ref.unit.split('.')[0] ?? '';
  switch (group) {
    case 'other-agency':
      return 'other';
    case 'ministry':
      return PERMANENT_SECRETARY_BLOCK.test(block) ? 'ministry' : 'department';
    case 'province':
      if (LOCAL_GOVERNMENT_CODES.has(ref.agencyCode)) return 'local';
      if (/^00/.test(block)) return 'province';
      if (/^0\d{3}$/.test(block)) return 'district';
      return /^[1-9]\d{4}$/.test(block) ? 'local' : null;
    default:
      return null;
  }
}

function firstMatch(text: string | null, rules: readonly { pattern: RegExp; level: string }[]): IssuerLevel | null {
  if (!text) return null;
  return (rules.find((r) => r.pattern.test(text))?.level as IssuerLevel | undefined) ?? null;
}

export interface LevelEvidence {
  reference: ReferenceNumber | null;
  issuerName: string | null;
  /** the signer's principal title: the last position line */
  position: string | null;
  addressee: string | null;
}

export interface LevelReading {
  level: IssuerLevel;
  confidence: number;
  /** the reference says one level and the issuer's name another */
  conflict: { byReference: IssuerLevel; byName: IssuerLevel } | null;
}

/** The issuer's level: the reference number decides when it can, then name, title, addressee. */
export function issuerLevel(e: LevelEvidence): LevelReading {
  const byReference = e.reference ? levelFromReference(e.reference) : null;
  const byName = firstMatch(e.issuerName, LEVEL_BY_NAME);
  if (byReference) {
    const conflict = byName && byName !== byReference ? { byReference, byName } : null;
    return { level: byReference, confidence: conflict ? 0.7 : 1, conflict };
  }
  const fallback =
    byName ?? firstMatch(e.position, LEVEL_BY_POSITION) ?? firstMatch(e.addressee, LEVEL_BY_ADDRESSEE);
  return { level: fallback ?? 'other', confidence: fallback ? 0.6 : 0.2, conflict: null };
}
