import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/access/auth-user';
import { todayInLondon } from '../calendar';
import { DomainError } from '../common/errors';
import { appendActionEvent } from './action-history';
import { newPaymentSchema, paymentUpdateSchema } from './action-inputs';
import { ActionDetailView } from './action-views';
import { ActionWorkflowService } from './action-workflow.service';
import { isoDate, parseCalendarDate } from '../common/dates';
import { ActionPayment } from './entities/action-payment.entity';
import { parseInput } from '../common/input';
import { penceToPounds, poundsToPence } from '../common/money';
import { assertMayChangeAgreedRemedy, assertPlausiblePayment } from './remedy-rules';

/** Remedy payments on an action: agreed amount, amount paid, date paid (pounds in, pence stored). */
@Injectable()
export class ActionPaymentsService {
  constructor(private readonly workflow: ActionWorkflowService) {}

  async record(
    user: AuthUser,
    actionId: string,
    paymentId: string,
    input: unknown,
  ): Promise<ActionDetailView> {
    const data = parseInput(paymentUpdateSchema, input, 'payment');
    return this.workflow.change(user, actionId, async (em, action) => {
      const payment = await em.findOne(ActionPayment, { id: paymentId, action: action.id });
      if (!payment) throw DomainError.notFound('payment on this action');
      const before = {
        agreed: payment.agreedPence,
        paid: payment.paidPence,
        datePaid: isoDate(payment.paidOn),
      };
      if (data.agreedAmount !== undefined) {
        const agreed = poundsToPence(data.agreedAmount, 'agreedAmount');
        if (agreed !== payment.agreedPence) assertMayChangeAgreedRemedy(user, 'change the agreed amount');
        payment.agreedPence = agreed;
      }
      if (data.amountPaid !== undefined) payment.paidPence = poundsToPence(data.amountPaid, 'amountPaid');
      if (data.payee !== undefined && (data.payee ?? null) !== (payment.payee ?? null)) {
        assertMayChangeAgreedRemedy(user, 'change who the remedy is paid to');
        payment.payee = data.payee ?? null;
      }
      if (data.amountPaid !== undefined || data.agreedAmount !== undefined) {
        assertPlausiblePayment(user, payment.agreedPence, payment.paidPence);
      }
      if (data.datePaid !== undefined) {
        const paidOn = data.datePaid ? parseCalendarDate(data.datePaid, 'datePaid') : null;
        if (paidOn && paidOn.isAfter(todayInLondon()))
          throw DomainError.invalid('datePaid', 'datePaid cannot be in the future.');
        payment.paidOn = paidOn ? paidOn.toDate() : null;
      }
      if (payment.paidPence > 0 && !payment.paidOn) {
        throw DomainError.invalid('datePaid', 'Give the date the payment was made (datePaid).');
      }
      action.updatedAt = new Date();
      await appendActionEvent(em, action, {
        type: 'payment_recorded',
        byUserId: user.id,
        data: {
          paymentId: payment.id,
          before: {
            agreedAmount: penceToPounds(before.agreed),
            amountPaid: penceToPounds(before.paid),
            datePaid: before.datePaid,
          },
          after: {
            agreedAmount: penceToPounds(payment.agreedPence),
            amountPaid: penceToPounds(payment.paidPence),
            datePaid: isoDate(payment.paidOn),
          },
        },
      });
    });
  }

  /** A payment agreed later (or missed by extraction). */
  async add(user: AuthUser, actionId: string, input: unknown): Promise<ActionDetailView> {
    const data = parseInput(newPaymentSchema, input, 'payment');
    assertMayChangeAgreedRemedy(user, 'add an agreed payment');
    return this.workflow.change(user, actionId, async (em, action) => {
      const paidOn = data.datePaid ? parseCalendarDate(data.datePaid, 'datePaid') : null;
      if (paidOn && paidOn.isAfter(todayInLondon()))
        throw DomainError.invalid('datePaid', 'datePaid cannot be in the future.');
      const payment = em.create(ActionPayment, {
        action,
        payee: data.payee ?? null,
        purpose: data.purpose,
        agreedPence: poundsToPence(data.agreedAmount, 'agreedAmount'),
        paidPence: data.amountPaid !== undefined ? poundsToPence(data.amountPaid, 'amountPaid') : 0,
        paidOn: paidOn ? paidOn.toDate() : null,
      });
      if (payment.paidPence > 0 && !payment.paidOn)
        throw DomainError.invalid('datePaid', 'Give the date the payment was made (datePaid).');
      assertPlausiblePayment(user, payment.agreedPence, payment.paidPence);
      action.updatedAt = new Date();
      await appendActionEvent(em, action, {
        type: 'payment_recorded',
        byUserId: user.id,
        data: {
          paymentId: payment.id,
          added: true,
          agreedAmount: data.agreedAmount,
          amountPaid: penceToPounds(payment.paidPence),
          datePaid: isoDate(payment.paidOn),
        },
      });
    });
  }
}
