// Today's date as 'YYYY-MM-DD' in the server's time zone (set TZ for a region's own zone).
import 'server-only';

export const todayIso = (): string => new Date().toLocaleDateString('sv-SE');
