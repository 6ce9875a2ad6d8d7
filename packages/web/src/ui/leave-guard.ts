/**
 * What must not be lost when the user leaves the page: a page with unsaved work registers a question,
 * and both ways out ask it — another route inside the app (a confirm dialog) and closing or reloading
 * the tab (the browser's own leave-page dialog).
 */
let question: (() => string | undefined) | undefined;

export function setLeaveGuard(ask: (() => string | undefined) | undefined): void {
  question = ask;
}

/** Whether to go on to another route: true when nothing is unsaved or the user agrees to lose it. */
export function mayLeave(): boolean {
  const message = question?.();
  return message === undefined || window.confirm(message);
}

window.addEventListener('beforeunload', (event) => {
  if (question?.() !== undefined) event.preventDefault();
});
