export { createMailer, MailDeliveryError, type Mailer, type OutgoingMail } from './mailer.ts';
export {
  defineLetter,
  renderLetter,
  type Bilingual,
  type Block,
  type LetterContent,
  type LetterTemplate,
  type Sender,
} from './letter.ts';
export { createMailService, mailModule, type MailService, type MailModuleDeps } from './mail.jobs.ts';
