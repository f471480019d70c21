/** The message an embed page sends its parent: the height, in CSS pixels, it would like to be. */
export const HEIGHT_MESSAGE = 'sealed-frontier:height';

export interface EmbedSnippet {
  /** The iframe: works alone, at its default height, on hosts that strip scripts (Canvas, Moodle). */
  iframe: string;
  /** Optional, once a page: resizes every embed on the page to the height it asks for. */
  script: string;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// The parent only trusts a message from the very frame it embedded, and from that frame's origin, so
// another frame on the page cannot resize ours. Plain ES5: the host page may be old.
const SCRIPT = `<script>
addEventListener("message", function (e) {
  if (!e.data || e.data.type !== "${HEIGHT_MESSAGE}" || !(e.data.height > 0)) return;
  document.querySelectorAll("iframe[data-sealed-frontier]").forEach(function (f) {
    if (f.contentWindow === e.source && new URL(f.src, location.href).origin === e.origin) f.style.height = Math.ceil(e.data.height) + "px";
  });
});
</script>`;

/**
 * embedSnippet({ src, title, height }) is the code a teacher pastes into a learning platform or a
 * blog: an iframe of an embed page and the small script that lets it set its own height.
 * embedSnippet({ src: 'https://example.org/embed/border-sealing/', title: 'The sealing of the border' }).iframe
 * -> '<iframe src="https://example.org/embed/border-sealing/" title="The sealing of the border" ...></iframe>'
 */
export function embedSnippet({ src, title, height = 640 }: { src: string; title: string; height?: number }): EmbedSnippet {
  return {
    iframe: `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="width:100%;height:${height}px;border:0" loading="lazy" data-sealed-frontier></iframe>`,
    script: SCRIPT,
  };
}
