import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Slot } from 'radix-ui';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  /** Renders the one child (a link, a label) with the button's look instead of a <button>. */
  asChild?: boolean;
};

/** The app's button; with `asChild`, a link or label that looks like one. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'md', asChild = false, className, type, ...props },
  ref,
) {
  const classes = ['btn', `btn-${variant}`, size === 'sm' ? 'btn-sm' : '', className ?? ''].filter(Boolean).join(' ');
  if (asChild) return <Slot.Root ref={ref} className={classes} {...props} />;
  return <button ref={ref} type={type ?? 'button'} className={classes} {...props} />;
});

type IconButtonProps = Omit<ButtonProps, 'children' | 'aria-label'> & {
  /** What the button does, for screen readers and as its tooltip: an icon alone says nothing. */
  label: string;
  icon: ReactNode;
};

/** A square button showing only an icon, named by `label`. */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton({ label, icon, className, variant = 'ghost', ...props }, ref) {
  return (
    <Button ref={ref} variant={variant} aria-label={label} title={label} className={`btn-icon ${className ?? ''}`} {...props}>
      {icon}
    </Button>
  );
});
