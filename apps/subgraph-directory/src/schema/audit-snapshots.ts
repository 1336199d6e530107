import { maskResidentId } from '@jining/reference-data';
import type { Organisation, Person } from '../generated/prisma/client.ts';

/**
 * What the directory writes into the audit trail's before/after. The trail is read by the auditor, who does not
 * hold pii:read: a person's snapshot keeps the ID number masked and the birth year only, as Person serves them to
 * such an account (a full birth date beside the masked number would rebuild it).
 */
export const personSnapshot = (p: Person) => ({
  id: p.id,
  name: p.name,
  idNumber: maskResidentId(p.idNumber),
  birthYear: p.birthDate.getUTCFullYear(),
  gender: p.gender,
  countyCode: p.countyCode,
  employerId: p.employerId,
});

/** An organisation's snapshot is the row, its basic account's number masked (the last four digits) as served. */
export const organisationSnapshot = ({ basicAccountNumber, ...o }: Organisation) => ({
  ...o,
  basicAccountNumber: basicAccountNumber && `****${basicAccountNumber.slice(-4)}`,
});
