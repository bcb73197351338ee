/** One problem found in a dataset: where it is and why it is a problem. */
export interface DataIssue {
  /** Path into the document, e.g. `outlets[12].point.lat`. */
  path: string;
  message: string;
  /** `error` drops the record; `warning` keeps it. */
  severity: 'error' | 'warning';
  /** The line in the source file, for CSV. */
  line?: number;
}
