/**
 * E-mail over SMTP (nodemailer), configured by SMTP_URL and SMTP_FROM. Without
 * SMTP_URL there is no mailer and reminders stay in the app.
 */
import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Config } from '../../config.ts';

export interface MailMessage {
  to: string;
  toName: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves once the server accepted the message; rejects with the SMTP error otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * Errors of the connection rather than of one message: after one of these
 * the rest of a run is recorded as failed without trying, so a dead mail
 * server costs one timeout, not one per message.
 */
const CONNECTION_ERRORS = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ETLS', 'ECONNREFUSED', 'ECONNRESET', 'EPROTOCOL']);

export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_ERRORS.has(code);
}

export function errorText(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown } | null;
  const parts = [e?.code, e?.responseCode, e?.message ?? String(error)].filter((x) => x !== undefined && x !== null && x !== '');
  return parts.join(' ').slice(0, 1000);
}

export function smtpMailer(smtp: { url: string; from: string }): Mailer {
  // Short timeouts: a message is sent inside the transaction that claims it (see deliver.ts).
  const transport = nodemailer.createTransport(new SMTPTransport({ url: smtp.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }));
  return {
    async send(m) {
      await transport.sendMail({ from: smtp.from, to: { name: m.toName, address: m.to }, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}

export function mailerFrom(config: Pick<Config, 'smtp'>): Mailer | null {
  return config.smtp ? smtpMailer(config.smtp) : null;
}
