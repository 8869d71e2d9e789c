// A labelled form field with its error message under it.
import { cloneElement, isValidElement, useId } from 'react';

export function Field({ label, error, hint, children }: { label: string; error?: string; hint?: string; children: React.ReactElement }) {
  const id = useId();
  const control = isValidElement(children)
    ? cloneElement(children as React.ReactElement<Record<string, unknown>>, { id, 'aria-invalid': error ? true : undefined })
    : children;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && <span className="muted">{hint}</span>}
      {error && <span className="error">{error}</span>}
    </div>
  );
}
