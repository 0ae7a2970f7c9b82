import { Inject, Injectable, Logger } from '@nestjs/common';
import { LocalDate } from '../calendar';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Mailer } from './mail/mailer';
import { ComposedEmail, digestEmail, immediateEmail } from './mail/notice-emails';
import type { NewNotice } from './notice-store';
import { NoticeStore } from './notice-store';

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
  async sendImmediate(batches: { to: string; notices: NewNotice[] }[]): Promise<MailResult> {
    return this.sendAll(batches.map((b) => ({ ...b, compose: () => immediateEmail(b.notices, this.publicUrl) })));
  }

  /** One digest per person: their notices not yet emailed, grouped. */
  async sendDigests(batches: { to: string; notices: NewNotice[] }[], today: LocalDate): Promise<MailResult> {
    return this.sendAll(batches.map((b) => ({ ...b, compose: () => digestEmail(b.notices, this.publicUrl, today) })));
  }

  private get publicUrl(): string {
    return this.config.http.publicUrl ?? '';
  }

  private async sendAll(
    batches: { to: string; notices: NewNotice[]; compose: () => ComposedEmail }[],
  ): Promise<MailResult> {
    const counts = { sent: 0, failed: 0 };
    if (!this.enabled) return counts;
    const queue = batches.filter((b) => b.notices.length > 0);
    // A few messages at once over the mailer's pooled connections.
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        counts[(await this.sendOne(next.to, next.notices, next.compose())) ? 'sent' : 'failed'] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.mailer.concurrency, queue.length) }, worker));
    return counts;
  }

  private async sendOne(to: string, notices: NewNotice[], mail: ComposedEmail): Promise<boolean> {
    const ids = notices.map((n) => n.id);
    try {
      await this.mailer.send({ to, ...mail });
    } catch (e) {
      const message = (e as Error).message;
      this.logger.warn({ msg: 'mail failed', to, error: message.slice(0, 300) });
      await this.store.markFailed(ids, message);
      return false;
    }
    await this.store.markEmailed(ids);
    return true;
  }
}
