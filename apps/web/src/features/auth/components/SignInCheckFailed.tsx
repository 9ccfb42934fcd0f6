import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useMe } from '../hooks/useMe';

/** The check whether someone is signed in failed (the API is away): what failed, with a retry. */
export function SignInCheckFailed({ title }: { title: string }) {
  const me = useMe();
  return (
    <div className="page page--narrow">
      <ErrorMessage error={me.error} title={title} onRetry={() => void me.refetch()} retrying={me.isFetching} />
    </div>
  );
}
