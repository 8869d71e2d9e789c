'use client';
// The date field of a plain server-action form (sent as FormData, no react-hook-form): it
// shows and takes дд.мм.гггг like DateInput, starting from an ISO date, and the action's
// isoDateField reads the typed text. A native date input would follow the browser's locale.
import { useState } from 'react';
import { DateInput } from './date-input';

type Props = Omit<React.ComponentProps<typeof DateInput>, 'value' | 'onChange'> & { defaultValue?: string };

export function DateField({ defaultValue, ...rest }: Props) {
  const [value, setValue] = useState(defaultValue ?? '');
  return <DateInput {...rest} value={value} onChange={setValue} />;
}
