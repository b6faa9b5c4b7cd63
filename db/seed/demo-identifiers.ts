/**
 * Stable identifiers in the demo data set (`careline db seed`), for the README quickstart and for tests.
 * They are the same on every run; only dates move with the clock. DEMO.caseNumber is opened on a fixed
 * day, so its number never changes; the other demo cases fall in the 60 days before the seed runs.
 */
export const DEMO = {
  /** Northwind Logistics, San Francisco (NORTH_AMERICA, US). */
  accountNumber: '0100200300',
  /** A CONTACT of Northwind with several open cases, and a Teams identity (DEMO.contactTeamsId). */
  contactEmail: 'dana.whitfield@northwind-logistics.example',
  contactTeamsId: '29:1kGqbmQ9Ce7demoDanaWhitfield',
  /** Northwind's ACCOUNT_ADMIN: sees every Northwind case, including Dana's. */
  adminEmail: 'priya.raman@northwind-logistics.example',
  /** A contact of another account (Rheinwerk Energie, Germany): must not see Northwind's cases. */
  strangerEmail: 'jonas.becker@rheinwerk-energie.example',
  /** Northwind MX204 covered by DEMO.contractId (active, NEXT_DAY). */
  coveredSerial: 'JN11A2B3C4D5',
  contractId: '40010001',
  /** Northwind EX4300-48P with no contract and an expired warranty: time-and-materials or a new contract. */
  expiredWarrantySerial: 'CW0216AF0123',
  /** Northwind SRX345 shipped directly a few weeks ago, no contract, still in warranty. */
  inWarrantySerial: 'CW0318AB4410',
  /** Northwind MX480 covered only by a PAR (partner-delivered) contract. */
  parOnlySerial: 'JN11D4E5F6A7',
  /** Northwind QFX5120 whose only contract has expired. */
  expiredContractSerial: 'JN12E7F8A9B0',
  /** An ADMIN_SERVICE_REQUEST Dana opened on 2 November 2026 (America/Los_Angeles), still open. */
  caseNumber: '2026-1102-0001',
  /** Dana's own reference for DEMO.caseNumber. */
  trackingNumber: 'INC0049213',
  /** Northwind's Advance Replacement for DEMO.coveredSerial; line 1 has shipped. */
  rmaNumber: 'R2123456',
  rmaLine: 'R2123456-1',
} as const;

/** When DEMO.caseNumber was opened: 08:05 in Los Angeles on 2026-11-02. */
export const DEMO_CASE_OPENED_AT = new Date('2026-11-02T16:05:00Z');
