'use client';
// react-hook-form wired to a server action: the same zod schema validates in the browser,
// the server validates again and its field errors land next to the fields.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/server/action-result';

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<T>>,
  options: {
    defaultValues: DefaultValues<z.input<S>>;
    onSuccess?: (data: T) => void;
    resetOnSuccess?: boolean;
    /** Asked once the values pass the schema, before an irreversible send; false sends nothing. */
    confirm?: (values: z.output<S>) => Promise<boolean>;
  },
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: options.defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    if (options.confirm && !(await options.confirm(values))) return;
    setFormError(null);
    setSaved(false);
    const result = await action(form.getValues());
    if (!result.ok) {
      setFormError(result.error);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as Path<z.input<S>>, { message: messages[0] });
      }
      return;
    }
    setSaved(true);
    if (options.resetOnSuccess) form.reset(options.defaultValues);
    options.onSuccess?.(result.data);
  });

  return { form, onSubmit, formError, saved };
}
