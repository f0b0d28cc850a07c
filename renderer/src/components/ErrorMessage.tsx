// An error a person should notice and can act on; role="alert" so screen readers announce it at once.
export function ErrorMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="error-message" role="alert">
      {message}
    </p>
  );
}
