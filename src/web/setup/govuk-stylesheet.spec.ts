import { dirname, join } from 'node:path';
import { serviceStylesheet, withoutGovukTypeface } from './govuk-stylesheet';

describe('the service stylesheet (GOV.UK Frontend without the GOV.UK typeface)', () => {
  it('drops the GDS Transport font faces and their copyright, and falls back to Arial', () => {
    const css =
      '/*! Copyright (c) 2011 by Margaret Calvert & Henrik Kubel. All rights reserved. The font has been customised for exclusive use on gov.uk. This cut is not commercially available. */' +
      '@font-face{font-family:GDS Transport;font-style:normal;font-weight:400;src:url(/assets/fonts/light.woff2) format("woff2");font-display:fallback}' +
      '.govuk-body{font-family:GDS Transport,arial,sans-serif;color:#0b0c0c}' +
      '.x{font-family:"GDS Transport", arial, sans-serif}@media print{.govuk-body{font-family:sans-serif}}' +
      '/*# sourceMappingURL=govuk-frontend.min.css.map */';
    expect(withoutGovukTypeface(css)).toBe(
      '.govuk-body{font-family:arial,sans-serif;color:#0b0c0c}' +
        '.x{font-family:arial, sans-serif}@media print{.govuk-body{font-family:sans-serif}}',
    );
  });

  it('keeps the rest of the installed GOV.UK Frontend stylesheet', () => {
    const dist = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');
    const css = serviceStylesheet(dist);
    expect(css).not.toMatch(/GDS Transport|@font-face|\/assets\/fonts\//);
    expect(css).toContain('.govuk-header{font-family:arial,sans-serif;');
    expect(css).toContain('.govuk-button{');
    expect(css).toContain('.govuk-skip-link');
  });
});
