/** A document fact with the reason the engine gives for it (for `explain`). */
export interface FactResult<T> {
  value: T | null;
  reason: string;
}
