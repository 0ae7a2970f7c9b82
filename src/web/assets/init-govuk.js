// Starts the GOV.UK Frontend components (external file: no inline script, so a strict CSP holds).
import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();
