/** The enumerations the guide defines, shared by every door. Mirrors prisma/schema.prisma's enums. */
import { z } from 'zod';

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

export const CHANNELS = ['TEAMS', 'WEB_CHAT', 'EMAIL', 'PHONE', 'CONSOLE', 'CLI'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const CASE_TYPES = ['ADMIN_SERVICE_REQUEST', 'TECHNICAL'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export type CaseStatus = 'OPEN' | 'CLOSED';

/** Nontechnical topics an Admin Service Request is about (the guide's Customer Care services). */
export const ADMIN_CATEGORIES = [
  'account_access', 'product_registration', 'entitlement', 'software_download', 'license_management',
  'misship', 'order_status', 'ownership_transfer', 'rma_status', 'ecertificate', 'installed_base', 'other',
] as const;
export const AdminCategory = z.enum(ADMIN_CATEGORIES);
export type AdminCategory = z.infer<typeof AdminCategory>;

export const SERVICE_LEVELS = ['CORE', 'NEXT_DAY', 'SAME_DAY', 'PAR'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

export const RMA_TYPES = ['ADVANCE_REPLACEMENT', 'RETURN_TO_FACTORY', 'DEAD_ON_ARRIVAL', 'NON_CONTRACTED'] as const;
export type RmaType = (typeof RMA_TYPES)[number];
export type RmaStatus = 'OPEN' | 'CLOSED' | 'CANCELLED';
export type RmaLineStatus = 'BOOKED' | 'SHIPPED' | 'DELIVERED' | 'RETURN_RECEIVED' | 'CLOSED' | 'CANCELLED';

/** Response targets by priority (the guide's "Customer Communication Guidelines"). */
export const RESPONSE_TARGETS: Record<Priority, string> = {
  P1: 'within 2 hours',
  P2: 'within 24 hours',
  P3: 'within 5 business days',
  P4: 'within 7 business days',
};

/** What an Admin Service Request promises: "a representative will contact you within 24 hours". */
export const FIRST_CONTACT_PROMISE_HOURS = 24;
