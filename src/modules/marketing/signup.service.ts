import { randomUUID } from 'node:crypto';
import type { Clock } from '#src/platform/clock/index.ts';
import { renderLetter, type Mailer, type Sender } from '#src/platform/mail/index.ts';
import { currentConsentText } from './consent-texts.ts';
import { marketingError } from './marketing.errors.ts';
import { signupConfirmationLetter } from './marketing.letters.ts';
import type { Sealer } from './marketing.tokens.ts';
import { CONFIRM_LINK_HOURS, signupPayload, type SignupInput, type SignupPayload } from './signup.types.ts';

export type SignupDeps = {
  clock: Clock;
  sealer: Sealer;
  mailer: Pick<Mailer, 'send'>;
  sender: Sender;
  publicUrl: string;
};

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** The address of the confirmation page; the token rides in the fragment, so no server log ever sees it. */
export const confirmLink = (publicUrl: string, token: string) => `${publicUrl}/nyhetsbrev/bekrafta#token=${token}`;
export const withdrawLink = (publicUrl: string, token: string) => `${publicUrl}/nyhetsbrev/aterkalla#token=${token}`;

/**
 * Public sign-up with double opt-in. Nothing is written to the database: the sign-up is sealed
 * into the confirmation link (AES-256-GCM) and the letter is sent at once. If the mail server is
 * unreachable the person is told to try again — nothing was kept, so nothing is half-done.
 */
export function createSignup(deps: SignupDeps) {
  return {
    async signup(input: SignupInput): Promise<void> {
      const texts: SignupPayload['texts'] = {};
      for (const channel of input.channels) {
        const current = currentConsentText(channel);
        const shown = input.textVersions?.[channel];
        if (shown !== undefined && shown !== current.version) throw marketingError('text_changed', 'textVersions');
        texts[channel] = current.version;
      }
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + CONFIRM_LINK_HOURS * 3600_000);
      const payload = signupPayload.parse({
        sid: randomUUID(),
        email: input.email,
        name: input.name ?? null,
        company: input.company ?? null,
        channels: input.channels,
        texts,
        source: input.source,
        eventCode: input.eventCode ?? null,
        language: input.language,
        givenAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      });
      const link = confirmLink(deps.publicUrl, deps.sealer.seal('confirm', payload));
      const content = signupConfirmationLetter.render(
        { link, channels: input.channels, validUntil: stockholm.format(expiresAt) },
        { publicUrl: deps.publicUrl },
      );
      try {
        await deps.mailer.send({ to: input.email, ...renderLetter(content, deps.sender, deps.publicUrl) });
      } catch {
        throw marketingError('mail_unavailable');
      }
    },
  };
}

export type Signup = ReturnType<typeof createSignup>;
