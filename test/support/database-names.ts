/** Where tests find PostgreSQL: TEST_DATABASE_URL's server (default: the local trust-auth one). */
export const TEMPLATE_DATABASE = 'careline_test_template';

export function adminUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.href;
}
