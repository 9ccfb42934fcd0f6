import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { errorMessage } from '../../../ui/errors';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { fieldOfApiError } from '../lib/apiErrors';

type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * The submit cycle both account forms share: check the input by the API's own schema (in
 * the form's words), send it, go on to `next` when it worked, and put an error the API
 * names a field for next to that field (focus moves there); any other error is the form's.
 */
export function useAccountForm<F extends string, S extends z.ZodType>(options: {
  schema: S;
  fields: readonly F[];
  /** The form's words for what the schema refused of a field. */
  wording: (field: F, issue: { code: string; message: string }, input: z.input<S>) => string;
  mutation: UseMutationResult<unknown, Error, z.output<S>>;
  next: string;
}) {
  const { schema, fields, wording, mutation, next } = options;
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);

  const submit = (input: z.input<S>) => (event: FormEvent) => {
    event.preventDefault();
    const found = checkBySchema(schema, fields, wording, input);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    mutation.mutate(schema.parse(input), {
      onSuccess: () => void navigate(next, { replace: true }),
      onError: (error) => {
        const field = fieldOfApiError(error, fields);
        if (field) {
          setErrors({ [field]: errorMessage(error) } as FieldErrors<F>);
          focusFirstError();
        }
      },
    });
  };

  const formError = mutation.isError && !fieldOfApiError(mutation.error, fields) ? mutation.error : null;
  return { form, errors, submit, formError };
}

/** The API's own rules (the shared schema), in the form's words: the first issue per field. */
function checkBySchema<F extends string, S extends z.ZodType>(
  schema: S,
  fields: readonly F[],
  wording: (field: F, issue: { code: string; message: string }, input: z.input<S>) => string,
  input: z.input<S>,
): FieldErrors<F> {
  const parsed = schema.safeParse(input);
  const found: FieldErrors<F> = {};
  if (parsed.success) return found;
  for (const issue of parsed.error.issues) {
    const field = fields.find((f) => f === issue.path[0]);
    if (field && !found[field]) found[field] = wording(field, issue, input);
  }
  return found;
}
