/** careline's core: the use cases every door (chat, email, console, CLI) calls, and the ports they need. */
export * from './ports.ts';
export * from './shared/errors.ts';
export * from './shared/requester.ts';
export * from './shared/vocabulary.ts';
export * from './shared/desk-time.ts';
export * from './identifiers/case-number.ts';
export * from './identifiers/rma-number.ts';
export * from './identifiers/serial-number.ts';
export * from './cases/open-admin-case.ts';
export * from './cases/get-case-status.ts';
export * from './cases/search-cases.ts';
export * from './entitlement/evaluate-entitlement.ts';
export * from './entitlement/check-entitlement.ts';
export * from './rma/get-rma-status.ts';
