// In an iframe, an embed page tells its parent the height it would like: enough for its graphic and
// a step beside (wide) or under (narrow) it. The frame then scrolls inside, which is what drives the
// steps, so the height depends only on the frame's width and asking again never makes it grow.
import { HEIGHT_MESSAGE } from '../lib/teach/embedSnippet.ts';

if (parent !== window) {
  const graphic = document.querySelector<HTMLElement>('.sf-scrolly__graphic');
  const wide = matchMedia('(min-width: 60rem)');
  let sent = 0;
  const send = () => {
    const figure = graphic?.scrollHeight ?? 0;
    const height = Math.round(Math.min(1000, Math.max(420, figure + (wide.matches ? 96 : 320))));
    if (height === sent) return;
    sent = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  addEventListener('resize', send);
  addEventListener('load', send);
  send();
}
