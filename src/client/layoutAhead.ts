// `content-visibility: auto` spares a chapter's load the style and layout of what is far from the
// screen: the sticky graphics, the step figures kept for screen readers, the chapter's end and its
// sources. The reader pays for them later, in the frame where each comes near the screen: frames of
// 50-90 ms at 4x CPU while scrolling (issue 15). So once the page has loaded, each of them is laid out
// ahead of the reader, one in an idle moment of its own (10-40 ms at 4x CPU each), and stays laid out.
// docs/performance.md has the figures.

// Its own idle call, like the step engine's: a helper shared by the two scripts would be a chunk of
// its own, one more request in the chain of each (embeds included).
const idle = (work: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(work) : setTimeout(work, 50));

/** The parts the stylesheets give `content-visibility: auto`; a list stands for its items. */
const DEFERRED = '.sf-scrolly__sticky, .sf-step__figure, .sf-chapter__end, .sf-sources';

const deferred = (el: Element) => getComputedStyle(el).contentVisibility === 'auto';

/** The parts still skipped, those below the top of the screen first (where the reader is going). */
function piecesAhead(): HTMLElement[][] {
  const pieces = [...document.querySelectorAll<HTMLElement>(DEFERRED)]
    .map((el) => (el.matches('.sf-sources') ? [...el.querySelectorAll<HTMLElement>(':scope > li')] : [el]))
    .filter((piece) => piece.length > 0 && deferred(piece[0]!));
  const below = new Set(pieces.filter((piece) => piece[0]!.getBoundingClientRect().bottom >= 0));
  return [...pieces.filter((p) => below.has(p)), ...pieces.filter((p) => !below.has(p))];
}

function layOut(pieces: HTMLElement[][]) {
  const piece = pieces.shift();
  if (!piece) return;
  // An inline style, set from script, outranks every rule that defers the part; print shows it anyway.
  for (const el of piece) el.style.contentVisibility = 'visible';
  // Laid out now, in this idle task, rather than in a frame the reader may be scrolling.
  piece[0]!.getBoundingClientRect();
  idle(() => layOut(pieces));
}

// Which parts are still skipped, and where, is read in an idle moment of its own.
const begin = () =>
  idle(() => {
    const pieces = piecesAhead();
    idle(() => layOut(pieces));
  });
if (document.readyState === 'complete') begin();
else addEventListener('load', begin, { once: true });
