// An unexpected failure: the user sees a Russian message with an incident number and never
// the error itself (SQL, parameters, a stack); the server log holds the details under that
// number, so a support request quoting it finds them.
import { randomBytes } from 'node:crypto';

/** Short enough to read over the phone, random enough never to repeat in a log. */
export function newIncidentId(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

/** Logs the error under a new incident number and returns the number. */
export function reportIncident(error: unknown, where: string): string {
  const id = newIncidentId();
  console.error(`[инцидент ${id}] ${where}:`, error);
  return id;
}

export const incidentMessage = (lead: string, id: string) => `${lead} Номер инцидента: ${id} — сообщите его администратору.`;
