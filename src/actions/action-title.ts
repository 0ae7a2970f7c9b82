/**
 * How an action reads as a title in a list or as a page heading. An action's text is the sentence as
 * the decision wrote it (its span is kept exactly for the source highlight), and a sentence taken out
 * of a paragraph often leans on the one before: "It will also issue staff reminders" (after "The
 * Council has agreed to apologise ..."), or a list item that continues a lead-in ("to apologise to Ms
 * T", "and review its procedure"). Read alone in a list those are fragments. The title says who acts
 * (a leading "It" as the subject is the organisation the decision is about, from the
 * document's facts) and starts as a sentence does; the stored text is not changed.
 */

/**
 * Words after "It" that make it the organisation acting ("It will", "It has agreed", "It should also").
 * "It is", "It was" and a passive ("It will be necessary", "It has been agreed") are the dummy "it".
 */
const AFTER_SUBJECT =
  /^(will|would|shall|should|must|can|could|may|has|agrees|agreed|needs|accepts|accepted|undertakes|undertook|also)\b/i;
const DUMMY_AFTER = /^(?:\S+\s+)?(?:(?:also|further)\s+)?(?:be|been|not be)\b/i;

/** Openings that join the sentence to the one before and mean nothing alone. */
const CONNECTIVE = /^(?:(?:and|or|also|further(?:more)?|additionally|in addition|moreover|then)\b[,:]?\s+)+/i;

/**
 * The title of an action with text `text` from a document about `organisation` (null when the
 * document did not say; a leading "It" then stays, since nothing says what it is).
 */
export function actionTitle(text: string, organisation: string | null): string {
  let s = text.replace(/\s+/g, ' ').trim();
  if (!s) return s;
  s = s.replace(CONNECTIVE, '');
  // a list item continuing a lead-in ("... has agreed to:" / "to apologise to Ms T")
  s = s.replace(/^to\s+(?=[a-z])/, '');
  // "They" is left alone: in decisions it is as often the staff or the family as the organisation
  const subject = /^(it)\s+(\S+)/i.exec(s);
  const who = organisation?.replace(/\s+/g, ' ').trim();
  const rest0 = subject ? s.slice(subject[1].length).trimStart() : '';
  if (subject && who && AFTER_SUBJECT.test(subject[2]) && !DUMMY_AFTER.test(rest0)) {
    let rest = rest0;
    // "It will also issue" -> "<organisation> will issue": "also" only pointed back at the sentence before
    rest = rest.replace(/^(\S+)\s+(?:also|further|additionally)\s+/i, '$1 ');
    rest = rest.replace(/^(?:also|further|additionally)\s+/i, '');
    s = `${who} ${rest}`;
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}
