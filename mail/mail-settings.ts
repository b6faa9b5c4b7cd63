/** The email channel's pieces built from configuration: the Message-ID signer and the desk's own address. */
import { messageIdSigner, type MessageIdSigner } from './message-id.ts';

/** The bare address inside `Customer Care <support@example.com>`. */
export function fromAddress(from: string): string {
  return (/<([^<>]+)>/.exec(from)?.[1] ?? from).trim().toLowerCase();
}

/** Signs with MESSAGE_ID_SECRET on the domain of MAIL_FROM. */
export function mailSigner(settings: { from: string; messageIdSecret: string }): MessageIdSigner {
  const domain = fromAddress(settings.from).split('@')[1] ?? 'careline.invalid';
  return messageIdSigner(settings.messageIdSecret, domain);
}
