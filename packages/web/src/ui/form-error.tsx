/** A form's or panel's error message, announced to screen readers; nothing when there is none. */
export function FormError({ message }: { message: string | undefined }) {
  return message ? (
    <p className="error" role="alert">
      {message}
    </p>
  ) : null;
}
