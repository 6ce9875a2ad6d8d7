/**
 * A form's or panel's error message, announced to screen readers; nothing
 * when there is none. `inline` sits in a line of text or controls, `small` under a field.
 */
export function FormError({ message, inline = false, small = false }: { message: string | undefined; inline?: boolean; small?: boolean }) {
  if (!message) return null;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className={small ? 'error small' : 'error'} role="alert">
      {message}
    </Tag>
  );
}
