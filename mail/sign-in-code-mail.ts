/**
 * The web chat sign-in code by email (bot/ports.ts SignInCodeMailer, structurally): a row in the outbound-mail
 * outbox, rendered from the `signInCode` template in the contact's language, then queued for delivery like
 * every automatic reply. The code travels only in this mail; careline stores its hash (bot/sign-in/).
 */
import type { PrismaClient } from '../db/generated/prisma/client.ts';
import type { MessageIdSigner } from './message-id.ts';
import { renderReply, replyLanguage, replyTexts, replyWord } from './reply-texts.ts';

export interface SignInCodeMailInput {
  prisma: PrismaClient;
  signer: MessageIdSigner;
  enqueue: (outboundId: string) => Promise<void>;
  minutes?: number;
  onError?: (error: Error) => void;
}

export function outboxSignInCodeMailer(input: SignInCodeMailInput) {
  return {
    async sendCode(mail: { to: string; code: string; language: string }): Promise<void> {
      const language = replyLanguage(mail.language);
      const rendered = renderReply([replyTexts.signInCode(mail.code, input.minutes ?? 10)], language);
      const row = await input.prisma.outboundMail.create({
        data: {
          messageId: input.signer.create(null), toAddress: mail.to, subject: replyWord('signInCodeSubject', language),
          textBody: rendered.text, htmlBody: rendered.html, references: [], automatic: true,
        },
        select: { id: true },
      });
      // The outbox is the truth: a row the queue missed is sent by the worker's sweep.
      await input.enqueue(row.id).catch((error: Error) => input.onError?.(error));
    },
  };
}
