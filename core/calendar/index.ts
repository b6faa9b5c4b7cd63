/** The desk calendar: business days, commitment deadlines, escalation routes, and deadlines in words. */
export type { HolidayCalendar } from './ports.ts';
export {
  SUPPORT_REGIONS, CARE_CENTRES, CountryCalendarSchema, DeskCalendarOverridesSchema, DEFAULT_DESK_CALENDAR,
  deskCalendarConfig, customerCalendar, configuredHolidayPlaces,
} from './regions.ts';
export type {
  SupportRegion, CareCentre, IsoWeekday, BusinessHours, RegionCalendar, CountryCalendar, DeskCalendarOverrides,
  DeskCalendarConfig, CustomerCalendar,
} from './regions.ts';
export { businessCalendar, isBusinessTime, dayKind } from './business-days.ts';
export type { BusinessCalendar } from './business-days.ts';
export {
  addBusinessTime, businessResumesAt, targetElapsedAt, commitmentDeadlines, GUIDE_TARGETS, DEFAULT_WARNING_FRACTION,
} from './deadlines.ts';
export type { BusinessDuration, TargetDuration, CommitmentTargets, CommitmentDeadline } from './deadlines.ts';
export { escalationRoute, isWeekendOrHoliday } from './escalation-route.ts';
export type { EscalationDestination } from './escalation-route.ts';
export { formatDeadline } from './format-deadline.ts';
