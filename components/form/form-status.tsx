// The form-level outcome line under a form.
export function FormStatus({ error, saved, savedText = 'Сохранено.' }: { error: string | null; saved?: boolean; savedText?: string }) {
  if (error)
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  if (saved)
    return (
      <p className="form-ok" role="status">
        {savedText}
      </p>
    );
  return null;
}
