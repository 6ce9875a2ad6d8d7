import ElkApi, { type ELK } from 'elkjs/lib/elk-api.js';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';

let elk: ELK | undefined;

/** ELK in a web worker, started on first use and kept: laying out a large graph does not stop the page. */
export const elkInWorker = (): ELK => (elk ??= new ElkApi({ workerUrl }));
