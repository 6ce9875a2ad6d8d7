import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { errorMessage } from '../api/client.ts';
import { ConfirmDialog } from './components/dialog.tsx';

/**
 * Asks before deleting the thing a page shows; once it is gone, the lists of its `family` are read again and
 * the page leaves for `leaveTo`. A refusal stays on the page, through `onError`.
 */
export function DeleteAndLeave({
  open,
  onOpenChange,
  title,
  description,
  confirm,
  remove,
  family,
  leaveTo,
  onError,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  description: string;
  confirm: string;
  remove(): Promise<unknown>;
  family: string;
  leaveTo: '/datasets' | '/tables' | '/knowledge';
  onError(message: string): void;
}) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      keep="Keep it"
      confirm={confirm}
      onConfirm={() =>
        void remove().then(
          async () => {
            await client.invalidateQueries({ queryKey: [family] });
            await navigate({ to: leaveTo });
          },
          (e: unknown) => onError(errorMessage(e)),
        )
      }
    />
  );
}
