import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripReply } from '../../mail/strip-reply.ts';

const FIXTURES = new URL('../fixtures/emails/', import.meta.url);
const crisp = (name: string): string => readFileSync(new URL(`reply-bodies-crisp/${name}.txt`, FIXTURES), 'utf8');

/** The plain-text body of a 7-bit test message: after the headers, or the text/plain part of a multipart. */
function plainBody(name: string): string {
  const raw = readFileSync(new URL(`talon/${name}.eml`, FIXTURES), 'utf8').replace(/\r\n/g, '\n');
  const boundary = /boundary="([^"]+)"/.exec(raw)?.[1];
  const part = boundary ? raw.split(`--${boundary}`).find((p) => /content-type:\s*text\/plain/i.test(p)) ?? '' : raw;
  return part.split('\n\n').slice(1).join('\n\n');
}

/** The reply every lorem-ipsum fixture of crisp-oss starts with, before its quoted history. */
const LOREM = `Fusce bibendum, quam hendrerit sagittis tempor, dui turpis tempus erat, pharetra sodales ante sem sit amet metus.
Nulla malesuada, orci non vulputate lobortis, massa felis pharetra ex, convallis consectetur ex libero eget ante.
Nam vel turpis posuere, rhoncus ligula in, venenatis orci. Duis interdum venenatis ex a rutrum.
Duis ut libero eu lectus consequat consequat ut vel lorem. Vestibulum convallis lectus urna,
et mollis ligula rutrum quis. Fusce sed odio id arcu varius aliquet nec nec nibh.`;

describe('stripReply keeps what the customer wrote and drops the thread below it', () => {
  it.each([
    ['a German client ("Am … schrieb")', 'email_german'],
    ['Outlook for Android in German ("Gesendet von Outlook für Android")', 'email_german_3'],
    ['a French client ("Le … a écrit :", quoted)', 'email_french_2'],
    ['Outlook for iOS in French with an English header block', 'email_ios_outlook_fr'],
    ['an Italian client', 'email_italian'],
    ['a Russian client ("ср, 30 апр. 2025 г. в 15:19, …:")', 'email_russian'],
    ['"----- Original Message -----"', 'email_original_message_2'],
    ['Gmail, with "On … wrote:" wrapped over two lines', 'email_gmail_split_line_from'],
    ['a Dutch header whose quote was wrapped without "> "', 'email_8'],
  ])('when the reply comes from %s, then only the reply is left', (_client, fixture) => {
    expect(stripReply(crisp(fixture))).toBe(LOREM);
  });

  it('when Gmail shows Outlook\'s *From:*/*Sent:* block, then the forwarded message is dropped', () => {
    expect(stripReply(crisp('email_2_1'))).toBe('Outlook with a reply');
  });

  it('when a signature follows "--" or an em dash, then the signature is dropped', () => {
    expect(stripReply(crisp('correct_sig'))).toBe('this is an email with a correct -- signature.');
    expect(stripReply(crisp('email_emoji'))).toBe('🎉');
    expect(stripReply(crisp('email_tricky_16_unicode_signatures'))).toBe('Thanks for the update!\n\nCheers 🎉\nSarah');
  });

  it('when a mobile client adds "Sent from my …", then that line is dropped', () => {
    expect(stripReply(crisp('email_multi_word_sent_from_my_mobile_device'))).toBe('Here is another email');
  });

  it('when the customer answers below and between quoted lines, then every answer is kept', () => {
    expect(stripReply(crisp('email_tricky_18_inline_reply'))).toBe('I think option A is great.\nOption B has some drawbacks.\nOption C is not suitable for our use case.');
    expect(stripReply(crisp('email_2'))).toMatch(/^Hi,\nYou can list the keys for the bucket[\s\S]*delete them all individually\."$/);
  });

  it.each([
    ['sentences starting with "On"', 'email_tricky_1_on_false_positive', 'On a separate note, I wanted to mention that performance is great.'],
    ['a URL containing "wrote"', 'email_tricky_2_url_with_wrote', 'URLs contain patterns like "wrote:" in them.'],
    ['"from:" inside sentences', 'email_tricky_4_from_in_body', 'This is the actual message content.'],
    ['"regards" inside sentences', 'email_tricky_6_regards_in_sentence', 'This is the actual content that should be visible.'],
    ['"sent from" inside sentences', 'email_tricky_8_sent_from_in_content', 'All messages are sent from the main server.'],
    ['a dashed table rule', 'email_not_a_signature', 'Thank you for using our domain name services.'],
  ])('when the text merely contains %s, then the message is not cut there', (_what, fixture, lastSentence) => {
    const stripped = stripReply(crisp(fixture));
    expect(stripped.startsWith(crisp(fixture).split('\n')[0] ?? '')).toBe(true);
    expect(stripped).toContain(lastSentence);
  });

  it.each(['apple_mail', 'thunderbird', 'hotmail'])('when %s replies (talon\'s fixture), then the reply is "Hello"', (client) => {
    expect(stripReply(plainBody(client))).toBe('Hello');
  });

  it('when a body uses CRLF line ends, then it is stripped the same way', () => {
    expect(stripReply(crisp('email_german').replace(/\n/g, '\r\n'))).toBe(LOREM);
  });
});
