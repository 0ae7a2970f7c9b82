import { laterStage, ombudsmanKey, stageOfDocument } from './case-stage';

describe('case stages', () => {
  it('maps document types to complaint stages', () => {
    expect(stageOfDocument('lgsco_decision')).toBe('ombudsman');
    expect(stageOfDocument('housing_ombudsman_decision')).toBe('ombudsman');
    expect(stageOfDocument('stage3_panel')).toBe('stage3');
    expect(stageOfDocument('stage2_report')).toBe('stage2');
    expect(stageOfDocument(null)).toBe('stage1');
  });

  it('only moves a case forward', () => {
    expect(laterStage('stage2', 'ombudsman')).toBe('ombudsman');
    expect(laterStage('stage3', 'stage2')).toBe('stage3');
  });

  it('normalises Ombudsman references', () => {
    expect(ombudsmanKey('22 010 680')).toBe('22010680');
    expect(ombudsmanKey('22-010-680')).toBe('22010680');
    expect(ombudsmanKey('CR/2024/15')).toBeNull();
    expect(ombudsmanKey(null)).toBeNull();
  });
});
