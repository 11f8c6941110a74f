import { useAuth } from '../../auth/auth';

/** Whether the signed-in staffer may change a bureau's engagements: their own bureau's, or any for the coordination team. */
export function useMayChange(bureau: string | undefined): boolean {
  const { principal } = useAuth();
  if (!principal || bureau === undefined) return false;
  return principal.role !== 'bureau' || principal.bureauCode === bureau;
}
