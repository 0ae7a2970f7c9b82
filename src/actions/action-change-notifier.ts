/**
 * The port by which actions tell whoever listens about changes made to an action. Declared here, where
 * the changes happen; bound by the composition root to compliance's ActionNotifier (the notices and
 * emails). Call each method after the change has been committed, once per change; they never throw.
 *
 * - actionAssigned: an action was created for a service (accept) or moved to another service or owner.
 * - actionCompleted: the service marked it completed; the officer who accepted it is asked to verify.
 * - actionSentBack: an officer refused the evidence and sent it back.
 * - dueDateExtended: a later due date was agreed.
 */
export abstract class ActionChangeNotifier {
  abstract actionAssigned(actionId: string): Promise<void>;
  abstract actionCompleted(actionId: string): Promise<void>;
  abstract actionSentBack(actionId: string): Promise<void>;
  abstract dueDateExtended(actionId: string): Promise<void>;
}
