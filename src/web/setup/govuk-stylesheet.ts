import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the layout links the stylesheet built by `serviceStylesheet`. */
export const SERVICE_STYLESHEET_PATH = '/web-assets/govuk-frontend.css';

/**
 * GOV.UK Frontend's compiled stylesheet for a service that is not on GOV.UK: the GDS Transport
 * typeface is licensed for GOV.UK only, so its @font-face rules (and their copyright comment) are
 * dropped and every font stack falls back to Arial, as the Design System advises for services
 * elsewhere. Everything else (spacing, colours, focus states, print rules) is kept as published.
 */
export function withoutGovukTypeface(css: string): string {
  return css
    .replace(/\/\*![^*]*exclusive use on gov\.uk[^*]*\*\//g, '')
    .replace(/@font-face\s*\{[^}]*font-family:\s*["']?GDS Transport["']?[^}]*\}/g, '')
    .replace(/["']?GDS Transport["']?\s*,\s*/g, '')
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
}

/** Reads govuk-frontend.min.css once (at boot) and returns it without the GOV.UK typeface. */
export function serviceStylesheet(govukDist: string): string {
  return withoutGovukTypeface(readFileSync(join(govukDist, 'govuk/govuk-frontend.min.css'), 'utf8'));
}
