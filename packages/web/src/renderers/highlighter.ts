import { useEffect, useState } from 'react';

type Highlighter = (typeof import('highlight.js/lib/common'))['default'];

let loaded: Highlighter | undefined;
let loading: Promise<Highlighter> | undefined;

/** highlight.js and its theme, loaded the first time code is shown: they stay out of the first page's script. */
const load = (): Promise<Highlighter> =>
  (loading ??= Promise.all([import('highlight.js/lib/common'), import('highlight.js/styles/github.css')]).then(([module]) => (loaded = module.default)));

/** The highlighter once it has loaded (undefined until then: show the code plain meanwhile); `needed` false never loads it. */
export function useHighlighter(needed = true): Highlighter | undefined {
  const [highlighter, setHighlighter] = useState(loaded);
  useEffect(() => {
    if (needed && !highlighter) void load().then(setHighlighter);
  }, [needed, highlighter]);
  return highlighter;
}
