import { Inject, Injectable, Logger } from '@nestjs/common';
import { LocalDate } from '../calendar';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Mailer } from './mail/mailer';
import { ComposedEmail, digestEmail, immediateEmail } from './mail/notice-emails';
import type { NewNotice } from './notice-store';
import { NoticeStore } from './notice-store';

/** One email's worth: to whom, the notices it carries and, for a run's planned email, its id. */
export interface MailBatch {
  to: string;
  userId: string;
  notices: NewNotice[];
  emailId?: string;
}

export interface MailResult {
  sent: number;
  failed: number;
}

/** Emails notices (at once, or as a person's digest) and records on each notice whether it went. */
@Injectable()
export class NoticeMailer {
  private readonly logger = new Logger('mail');

  constructor(
    private readonly mailer: Mailer,
    private readonly store: NoticeStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.mailer.enabled && this.config.http.publicUrl !== null;
  }

  /** One email per person: their notices that go at once (assignments, escalations). */
  async sendImmediate(batches: MailBatch[]): Promise<MailResult> {
    return this.sendAll(
      batches.map((b) => ({
        ...b,
        kind: 'immediate' as const,
        compose: () => immediateEmail(b.notices, this.publicUrl),
      })),
    );
  }

  /** One digest per person: their notices not yet emailed, grouped. */
  async sendDigests(batches: MailBatch[], today: LocalDate): Promise<MailResult> {
    return this.sendAll(
      batches.map((b) => ({
        ...b,
        kind: 'digest' as const,
        compose: () => digestEmail(b.notices, this.publicUrl, today),
      })),
    );
  }

  private get publicUrl(): string {
    return this.config.http.publicUrl ?? '';
  }

  private async sendAll(
    batches: (MailBatch & { kind: 'immediate' | 'digest'; compose: () => ComposedEmail })[],
  ): Promise<MailResult> {
    const counts = { sent: 0, failed: 0 };
    if (!this.enabled) return counts;
    const queue = batches.filter((b) => b.notices.length > 0);
    // A few messages at once over the mailer's pooled connections.
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        counts[(await this.sendOne(next, next.compose())) ? 'sent' : 'failed'] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.mailer.concurrency, queue.length) }, worker));
    return counts;
  }

  /** Records the email (once, for all its notices), sends it, then marks it sent or refused. */
  private async sendOne(
    batch: MailBatch & { kind: 'immediate' | 'digest' },
    mail: ComposedEmail,
  ): Promise<boolean> {
    const emailId = await this.store.prepareEmail(batch.userId, batch.kind, batch.notices, batch.emailId);
    try {
      await this.mailer.send({ to: batch.to, ...mail });
    } catch (e) {
      const message = (e as Error).message;
      this.logger.warn({ msg: 'mail failed', to: batch.to, error: message.slice(0, 300) });
      await this.store.markFailed(emailId, message);
      return false;
    }
    await this.store.markSent(emailId);
    return true;
  }
}
