import { classifyAction, mainClause } from './classify';

describe('main clause', () => {
  it('cuts a purpose or condition clause after the action', () => {
    expect(mainClause('review its guidance so that any change is followed by a full reassessment')).toBe(
      'review its guidance',
    );
    expect(mainClause('reinstate the fourth call until the reassessment is complete')).toBe(
      'reinstate the fourth call',
    );
  });

  it('keeps short heads whole', () => {
    expect(mainClause('ensure that staff check the register')).toBe('ensure that staff check the register');
    expect(mainClause('act when told')).toBe('act when told');
  });
});

describe('classifyAction', () => {
  it('decides by the main clause: reviewing guidance is learning though it mentions a reassessment', () => {
    const core =
      'reviews its guidance on telephone reviews so that any change to a care package is followed by a full reassessment';
    const c = classifyAction(core, core);
    expect(c).toMatchObject({ category: 'procedure_review', learning: true });
    expect(c.categoryReason).toContain('main clause');
  });

  it('falls back to the whole action when the main clause matches no rule', () => {
    const core = 'write a letter so that Mr B is reassessed';
    expect(classifyAction(core, core).category).toBe('reassessment');
  });
});
