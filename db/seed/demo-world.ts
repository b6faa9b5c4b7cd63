/** Who is in the demo: customer accounts with their sites and contacts, and the vendor's reps. */
import { DEMO } from './demo-identifiers.ts';

export interface DemoContact {
  name: string;
  email: string;
  language: string;
  admin?: boolean;
  phone?: string;
  teamsId?: string;
}

export interface DemoAccount {
  accountNumber: string;
  name: string;
  salesRegion: 'NORTH_AMERICA' | 'LATIN_AMERICA' | 'EMEA' | 'APAC';
  country: string;
  /** [site_id, name, region, city] */
  sites: Array<[string, string, string | null, string]>;
  contacts: DemoContact[];
  /** How many generated devices besides the named ones. */
  devices: number;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    accountNumber: DEMO.accountNumber, name: 'Northwind Logistics', salesRegion: 'NORTH_AMERICA', country: 'US',
    sites: [
      ['S100101', 'San Francisco HQ', 'CA', 'San Francisco'],
      ['S100102', 'Oakland Distribution Center', 'CA', 'Oakland'],
      ['S100103', 'Reno Fulfillment Hub', 'NV', 'Reno'],
    ],
    contacts: [
      { name: 'Dana Whitfield', email: DEMO.contactEmail, language: 'en', phone: '+1 415 555 0142', teamsId: DEMO.contactTeamsId },
      { name: 'Priya Raman', email: DEMO.adminEmail, language: 'en', admin: true, phone: '+1 415 555 0100' },
      { name: 'Miguel Ortega', email: 'miguel.ortega@northwind-logistics.example', language: 'es' },
      { name: 'Wei Chen', email: 'wei.chen@northwind-logistics.example', language: 'zh' },
    ],
    devices: 60,
  },
  {
    accountNumber: '0100200310', name: 'Aloha Island Telecom', salesRegion: 'NORTH_AMERICA', country: 'US',
    sites: [
      ['S100201', 'Honolulu Central Office', 'HI', 'Honolulu'],
      ['S100202', 'Kahului Cable Landing', 'HI', 'Kahului'],
    ],
    contacts: [
      { name: 'Keoni Kahale', email: 'keoni.kahale@aloha-telecom.example', language: 'en', admin: true, phone: '+1 808 555 0107' },
      { name: 'Leilani Akana', email: 'leilani.akana@aloha-telecom.example', language: 'en' },
      { name: 'Hiroshi Nakamura', email: 'hiroshi.nakamura@aloha-telecom.example', language: 'ja' },
    ],
    devices: 35,
  },
  {
    accountNumber: '0100200400', name: 'Rheinwerk Energie GmbH', salesRegion: 'EMEA', country: 'DE',
    sites: [
      ['S200101', 'Rechenzentrum Köln', 'NW', 'Köln'],
      ['S200102', 'Leitwarte Essen', 'NW', 'Essen'],
      ['S200103', 'Umspannwerk Frankfurt', 'HE', 'Frankfurt am Main'],
    ],
    contacts: [
      { name: 'Jonas Becker', email: DEMO.strangerEmail, language: 'de', admin: true, phone: '+49 221 555 0199' },
      { name: 'Anna Schmidt', email: 'anna.schmidt@rheinwerk-energie.example', language: 'de' },
      { name: 'Tomasz Nowak', email: 'tomasz.nowak@rheinwerk-energie.example', language: 'pl' },
      { name: 'Layla Haddad', email: 'layla.haddad@rheinwerk-energie.example', language: 'ar' },
      { name: 'Pieter de Vries', email: 'pieter.devries@rheinwerk-energie.example', language: 'nl' },
    ],
    devices: 55,
  },
  {
    accountNumber: '0100200500', name: 'Banque Lumière SA', salesRegion: 'EMEA', country: 'FR',
    sites: [
      ['S200201', 'Siège Paris La Défense', 'IDF', 'Puteaux'],
      ['S200202', 'Centre de données Lyon', 'ARA', 'Lyon'],
    ],
    contacts: [
      { name: 'Camille Dubois', email: 'camille.dubois@banque-lumiere.example', language: 'fr', admin: true },
      { name: 'Julien Moreau', email: 'julien.moreau@banque-lumiere.example', language: 'fr', phone: '+33 1 55 55 01 23' },
      { name: 'Sophie Martin', email: 'sophie.martin@banque-lumiere.example', language: 'en' },
    ],
    devices: 45,
  },
  {
    accountNumber: '0100200600', name: 'Ipê Telecomunicações Ltda', salesRegion: 'LATIN_AMERICA', country: 'BR',
    sites: [
      ['S300101', 'São Paulo Core POP', 'SP', 'São Paulo'],
      ['S300102', 'Rio de Janeiro POP', 'RJ', 'Rio de Janeiro'],
      ['S300103', 'Curitiba Edge', 'PR', 'Curitiba'],
      ['S300104', 'Recife Edge', 'PE', 'Recife'],
    ],
    contacts: [
      { name: 'Rafael Souza', email: 'rafael.souza@ipe-telecom.example', language: 'pt-BR', admin: true },
      { name: 'Mariana Lima', email: 'mariana.lima@ipe-telecom.example', language: 'es' },
      { name: 'Lucas Pereira', email: 'lucas.pereira@ipe-telecom.example', language: 'en' },
    ],
    devices: 60,
  },
  {
    accountNumber: '0100200700', name: 'Sakura Data Center K.K.', salesRegion: 'APAC', country: 'JP',
    sites: [
      ['S400101', 'Tokyo Otemachi DC1', null, 'Tokyo'],
      ['S400102', 'Osaka Dojima DC2', null, 'Osaka'],
    ],
    contacts: [
      { name: 'Haruka Tanaka', email: 'haruka.tanaka@sakura-dc.example', language: 'ja', admin: true },
      { name: 'Kenta Suzuki', email: 'kenta.suzuki@sakura-dc.example', language: 'ja' },
      { name: 'Min-jun Kim', email: 'minjun.kim@sakura-dc.example', language: 'ko' },
      { name: 'Mei Lin', email: 'mei.lin@sakura-dc.example', language: 'zh' },
    ],
    devices: 50,
  },
  {
    accountNumber: '0100200800', name: 'Maple Fibre Inc.', salesRegion: 'NORTH_AMERICA', country: 'CA',
    sites: [
      ['S100301', 'Toronto Front Street POP', 'ON', 'Toronto'],
      ['S100302', 'Montréal Centre', 'QC', 'Montréal'],
    ],
    contacts: [
      { name: 'Olivia Tremblay', email: 'olivia.tremblay@maple-fibre.example', language: 'fr', admin: true },
      { name: 'Ethan Wilson', email: 'ethan.wilson@maple-fibre.example', language: 'en' },
      { name: 'Dmitri Volkov', email: 'dmitri.volkov@maple-fibre.example', language: 'ru' },
    ],
    devices: 40,
  },
];

export interface DemoRep {
  email: string;
  name: string;
  role: 'REP' | 'ESCALATION' | 'MANAGER';
  languages: string[];
}

export const DEMO_REPS: DemoRep[] = [
  { email: 'maria.gonzalez@care.example.com', name: 'María González', role: 'REP', languages: ['en', 'es'] },
  { email: 'kenji.watanabe@care.example.com', name: 'Kenji Watanabe', role: 'REP', languages: ['ja', 'en', 'ko'] },
  { email: 'sophie.laurent@care.example.com', name: 'Sophie Laurent', role: 'ESCALATION', languages: ['fr', 'en', 'de', 'nl'] },
  { email: 'daniel.okafor@care.example.com', name: 'Daniel Okafor', role: 'MANAGER', languages: ['en'] },
];
