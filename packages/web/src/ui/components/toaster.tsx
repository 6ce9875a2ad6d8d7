import { Toaster as Sonner, toast } from 'sonner';
import { errorMessage } from '../../api/client.ts';
import { useTheme } from '../theme.ts';

/**
 * Where passing messages appear (saved, failed to delete, …): in a corner, announced to screen readers,
 * never pushing the page down. One per app, mounted by the shell.
 */
export function Toaster() {
  const theme = useTheme();
  return <Sonner theme={theme} position="bottom-right" closeButton richColors toastOptions={{ className: 'toast' }} />;
}

/** Tells the user something happened; errors stay until closed, since they say what to fix. */
export const notify = {
  done: (message: string) => toast.success(message),
  failed: (message: string) => toast.error(message, { duration: Infinity }),
  /** Does `work` and says how it went: `done`, or the server's reason it was not done. */
  outcome: (work: () => Promise<unknown>, done: string): void =>
    void work().then(
      () => notify.done(done),
      (e: unknown) => notify.failed(errorMessage(e)),
    ),
};
