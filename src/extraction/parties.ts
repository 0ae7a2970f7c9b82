/**
 * How decisions name the parties: people by a title and a pseudonym ("Mrs X", "Mr and Mrs L"), or
 * someone's ("Y's travel costs"); the organisation as a subject ("the Council", "the care provider",
 * "it"). Shared by the action forms, the candidate finder, the payment reader and the splitter.
 */

/** A title as written before a pseudonym, without its optional full stop. */
export const TITLE_SOURCE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr)';

/** A text that names a person of its own: a pseudonym ("Mr Y") or a pseudonym's ("Y's"). */
export const NAMES_PERSON = new RegExp(`\\b${TITLE_SOURCE}\\.?\\s+[A-Z]\\b|\\b[A-Z][\\u2019']s\\b`);

/** What the organisation complained about is called after "the": council, landlord, care provider ... */
export const ORGANISATION_NOUN_SOURCE = String.raw`(?:council|landlord|local\s+authority|authority|(?:care\s+)?provider|care\s+home|care\s+company|trust|school|organisation)`;

/** The organisation as a subject: "the Council", "the landlord", "the care provider", "the care home", "it". */
export const ORGANISATION_SOURCE = String.raw`(?:the\s+${ORGANISATION_NOUN_SOURCE}|it)`;
