import type { ReactNode } from 'react';
import { Dialog as RadixDialog } from 'radix-ui';
import { Button } from './button.tsx';

type DialogProps = {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  /** Room for a table or two columns side by side. */
  wide?: boolean;
};

/** A modal dialog: focus stays inside, Escape and the overlay close it, and focus returns to what opened it. */
export function Dialog({ open, onOpenChange, title, description, children, wide = false }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        {/* Without a description, Radix is told there is none rather than pointing at a missing element. */}
        <RadixDialog.Content className={wide ? 'dialog dialog-wide' : 'dialog'} {...(description ? {} : { 'aria-describedby': undefined })}>
          <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          {description && <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The row of a dialog's buttons, the main action last. */
export const DialogActions = ({ children }: { children: ReactNode }) => <div className="dialog-actions">{children}</div>;

export const DialogClose = RadixDialog.Close;

type ConfirmProps = Omit<DialogProps, 'children'> & { confirm: string; keep: string; onConfirm(): void };

/** Asks before something that cannot be undone: the safe choice first, the dangerous one last, in red. */
export function ConfirmDialog({ confirm, keep, onConfirm, ...dialog }: ConfirmProps) {
  return (
    <Dialog {...dialog}>
      <DialogActions>
        <DialogClose asChild>
          <Button>{keep}</Button>
        </DialogClose>
        <Button
          variant="danger"
          onClick={() => {
            dialog.onOpenChange(false);
            onConfirm();
          }}
        >
          {confirm}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
