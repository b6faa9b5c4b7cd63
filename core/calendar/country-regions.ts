/**
 * Which support region each country (ISO 3166-1 alpha-2) belongs to. The split follows the guide's own
 * regions (RMA return instructions: US and Canada, Latin America, EMEA, Asia Pacific). A country missing here
 * falls back to `DeskCalendarConfig.fallbackRegion`; a desk moves a country with `countries.XX.region`.
 */
import type { SupportRegion } from './regions.ts';

const MEMBERS: Record<SupportRegion, string> = {
  NORTH_AMERICA: 'US CA PR VI GU AS MP UM BM PM',
  LATIN_AMERICA: `MX GT BZ SV HN NI CR PA CU DO HT JM TT BB BS AG DM GD KN LC VC AI AW BQ CW SX KY MS TC VG BL MF
    GP MQ AR BO BR CL CO EC FK GF GY PY PE SR UY VE`,
  EMEA: `AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GL GR HR HU IE IM IS IT JE LI LT LU LV MC MD
    ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK
    AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE AM AZ GE KZ KG TJ TM UZ
    DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA
    MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW`,
  ASIA_PACIFIC: `AF BD BT IN LK MV NP PK CN HK MO TW JP KR KP MN BN KH ID LA MY MM PH SG TH TL VN
    AU NZ PG FJ SB VU NC PF WS TO KI TV NR PW FM MH CK NU TK WF NF CX CC IO PN`,
};

export const COUNTRY_REGIONS: ReadonlyMap<string, SupportRegion> = new Map(
  (Object.entries(MEMBERS) as [SupportRegion, string][]).flatMap(([region, codes]) =>
    codes.split(/\s+/).filter(Boolean).map((code) => [code, region] as const)),
);
