import { Alert, ErrorText } from '../components/Alert.tsx';
import type { FormProblem as Problem } from './useForm.ts';
import type { AccountTexts } from './texts.ts';

/** The message above a form: "the form has errors", a server message, or a failure with its request id. */
export function FormProblem({ problem, a, id }: { problem: Problem | null; a: AccountTexts; id?: string }) {
  if (!problem) return null;
  if (problem.kind === 'fields') return <Alert id={id}>{a.formHasErrors}</Alert>;
  if (problem.kind === 'message') return <Alert id={id}>{problem.text}</Alert>;
  return (
    <Alert id={id}>
      <ErrorText error={problem.error} />
    </Alert>
  );
}
