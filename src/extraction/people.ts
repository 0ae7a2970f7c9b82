/**
 * How decisions name people: a title and a pseudonym ("Mrs X", "Mr and Mrs L"), or someone's
 * ("Y's travel costs"). Shared by the payment reader and the action splitter.
 */

/** A title as written before a pseudonym, without its optional full stop. */
export const TITLE_SOURCE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr)';

/** A text that names a person of its own: a pseudonym ("Mr Y") or a pseudonym's ("Y's"). */
export const NAMES_PERSON = new RegExp(`\\b${TITLE_SOURCE}\\.?\\s+[A-Z]\\b|\\b[A-Z][\\u2019']s\\b`);
