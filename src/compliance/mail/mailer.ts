import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The same message as HTML (sent as the alternative part). */
  html?: string;
}

const MAX_CONNECTIONS = 3;

/**
 * The SMTP URL with a connection pool unless it says otherwise: a run that emails fifty people then
 * greets the server three times, not fifty (each greeting costs a round of SMTP commands).
 */
export function pooledSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections'))
    url.searchParams.set('maxConnections', String(MAX_CONNECTIONS));
  return url.toString();
}

/** Email over SMTP (nodemailer) when SMTP_URL is set; without it, notifications stay in the app only. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport(pooledSmtpUrl(config.mail.smtpUrl), { from: config.mail.from })
      : null;
  }

  /** How many messages may be sent at once (the pool's connections). */
  get concurrency(): number {
    return MAX_CONNECTIONS;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Sends one message; throws when the server refuses it. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('Email is not set up (SMTP_URL is empty).');
    await this.transport.sendMail({
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
    });
    this.logger.log({ msg: 'mail sent', subject: mail.subject });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
