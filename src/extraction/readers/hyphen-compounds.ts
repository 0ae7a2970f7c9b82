/**
 * Words that begin hyphenated compounds ("decision-making", "re-issue", "well-being", "follow-up"):
 * a word broken after one of them at a line end keeps its hyphen when the line is joined. One list
 * for the PDF reader's clean-up (pdf-cleanup.ts) and the text normaliser (normalise.ts).
 */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set(
  (
    're co pre non self well long short full half part multi cross inter anti post sub ex semi mid ' +
    'over under up out in on off low high all one two three four five six seven eight nine ten first ' +
    'second third top back front follow face decision case child care home school time day year month ' +
    'week step stand walk drop check sign log set'
  ).split(' '),
);
