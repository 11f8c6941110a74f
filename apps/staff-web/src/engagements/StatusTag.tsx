import { statusLabel } from './labels';

/** An engagement's status in words, coloured by what it means for the people invited; never by colour alone. */
export function StatusTag({ status }: { status: string }) {
  return <span className={`staff-status staff-status--${status}`}>{statusLabel(status)}</span>;
}
