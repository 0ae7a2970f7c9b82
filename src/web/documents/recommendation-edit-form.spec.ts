import { parseEditForm } from './recommendation-edit-form';

const base = {
  text: 'Apologise to Mrs B within one month.',
  category: 'apology',
  learning: 'false',
  paymentRows: '2',
  payment0Amount: '£300',
  payment0Payee: 'Mrs B',
  payment0Purpose: 'distress',
  payment1Amount: '',
  deadlineText: 'within one month',
  deadlineCount: '1',
  deadlineUnit: 'months',
  deadlineFrom: 'final_decision',
};

describe('parseEditForm', () => {
  it('turns the form into the edit input: pounds, booleans, the deadline and kept rows', () => {
    const r = parseEditForm({ ...base, evidenceRequired: 'true' }, 'r1');
    expect(r.errors).toEqual([]);
    expect(r.input).toEqual({
      text: 'Apologise to Mrs B within one month.',
      category: 'apology',
      learning: false,
      evidenceRequired: true,
      payments: [{ amount: 300, payee: 'Mrs B', purpose: 'distress' }],
      deadline: {
        date: null,
        within: { count: 1, unit: 'months' },
        from: 'final_decision',
        text: 'within one month',
      },
    });
  });

  it('removes a payment whose amount is cleared and the deadline when every part is empty', () => {
    const r = parseEditForm(
      { ...base, payment0Amount: '', deadlineText: '', deadlineCount: '', deadlineUnit: '' },
      'r1',
    );
    expect(r.input).toMatchObject({ payments: [], deadline: null, evidenceRequired: false });
  });

  it('names each bad field, with the recommendation id in the field name', () => {
    const r = parseEditForm(
      {
        ...base,
        text: ' ',
        category: 'nonsense',
        learning: '',
        payment1Amount: 'lots',
        deadlineDate: '2025-02-30',
        deadlineCount: '1.5',
      },
      'r9',
    );
    expect(r.input).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual([
      'editText-r9',
      'category-r9',
      'learning-r9',
      'payment1Amount-r9',
      'deadlineDate-r9',
      'deadlineCount-r9',
    ]);
    expect(r.errors[3].text).toBe('Payment 2: Enter the amount in pounds, like 250 or 99.50');
  });

  it('never reads more payment rows than the form can have', () => {
    const r = parseEditForm({ ...base, paymentRows: '100000' }, 'r1');
    expect(r.input).not.toBeNull();
  });
});
