// The classroom glue on chapter, teaching and embed pages: copy buttons, the embed dialog, "cite this
// moment", glossary popovers, the reading-progress fallback, and addresses (QR codes, links, embed
// code) redrawn when the site is served from another address than the one it was built for. Small
// on purpose: it runs on first load; the QR encoder is imported only if a code must be redrawn.

const builtRoot = new URL(import.meta.env.BASE_URL, import.meta.env.SITE ?? location.origin).href;
const actualRoot = new URL(import.meta.env.BASE_URL, location.origin).href;
const bare = (url: string) => url.replace(/^https?:\/\//, '');
// MLA writes addresses without their scheme, so both spellings of the built root are replaced.
const localise = (text: string) =>
  builtRoot === actualRoot ? text : text.split(builtRoot).join(actualRoot).split(bare(builtRoot)).join(bare(actualRoot));

let live: HTMLElement | undefined;
function announce(message: string) {
  if (!live) {
    live = document.createElement('p');
    live.className = 'sf-visually-hidden';
    live.setAttribute('aria-live', 'polite');
    document.body.append(live);
  }
  live.textContent = '';
  requestAnimationFrame(() => (live!.textContent = message));
}

const textOf = (el: HTMLElement) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function copyButtons() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.getElementById(button.dataset.copy!);
    if (!target) continue;
    const label = button.textContent;
    button.addEventListener('click', () => {
      const done = () => {
        button.textContent = 'Copied';
        button.dataset.copied = '';
        announce('Copied to the clipboard.');
        setTimeout(() => {
          button.textContent = label;
          delete button.dataset.copied;
        }, 2000);
      };
      // Without the clipboard (an http page, an old browser), select the text for Ctrl+C instead.
      const fallback = () => {
        if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) target.select();
        else getSelection()?.selectAllChildren(target);
        announce('Selected. Press Control+C, or Command+C on a Mac, to copy.');
      };
      if (navigator.clipboard) navigator.clipboard.writeText(textOf(target)).then(done, fallback);
      else fallback();
    });
  }
}

function dialogs() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-dialog-open]')) {
    const dialog = document.getElementById(button.dataset.dialogOpen!);
    if (!(dialog instanceof HTMLDialogElement)) continue;
    button.addEventListener('click', () => dialog.showModal());
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-embed-select]')) {
    const code = select.closest('dialog')?.querySelector<HTMLTextAreaElement>('textarea[data-site-code]');
    select.addEventListener('change', () => code && (code.value = localise(select.value)));
  }
}

// With a step's #id in the address, "Cite this" offers that moment: the same reference, its URL.
function citeMoment() {
  const block = document.querySelector<HTMLElement>('[data-cite-this]');
  const scope = block?.querySelector<HTMLFieldSetElement>('[data-cite-scope]');
  if (!block || !scope) return;
  const label = scope.querySelector<HTMLElement>('[data-cite-moment]')!;
  const [whole, moment] = scope.querySelectorAll<HTMLInputElement>('input');
  const steps = [...document.querySelectorAll<HTMLElement>('.sf-step[id]')];
  let step: HTMLElement | undefined;
  const apply = () => {
    for (const span of block.querySelectorAll<HTMLElement>('[data-cite-url]')) {
      span.textContent = localise(span.dataset.citeUrl!) + (moment!.checked && step ? `#${step.id}` : '');
    }
  };
  const refresh = () => {
    const found = steps.find((s) => `#${s.id}` === location.hash);
    if (found !== step) {
      step = found;
      if (!step) whole!.checked = true;
      else {
        const words = textOf(step.querySelector('.sf-step__text') ?? step).split(' ');
        label.textContent = `This moment, step ${steps.indexOf(step) + 1} of ${steps.length}: “${words.slice(0, 8).join(' ')}${words.length > 8 ? '…' : ''}”`;
      }
    }
    scope.hidden = !step;
    apply();
  };
  scope.addEventListener('change', apply);
  block.addEventListener('focusin', refresh);
  block.addEventListener('pointerenter', refresh);
  new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && refresh()).observe(block);
  apply();
}

// Glossary terms: the link becomes a button that toggles the definition's popover.
function terms() {
  if (!('popover' in HTMLElement.prototype)) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.sf-term[data-term]')) {
    const pop = document.getElementById(link.dataset.term!);
    if (!pop) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.append(...link.childNodes);
    button.setAttribute('popovertarget', pop.id);
    link.replaceWith(button);
    const place = () => {
      const r = button.getBoundingClientRect();
      const w = pop.offsetWidth || 352;
      const h = pop.offsetHeight;
      const left = Math.min(Math.max(8, r.left), innerWidth - w - 8) + scrollX;
      const below = r.bottom + h + 8 <= innerHeight || r.top < h + 8;
      pop.style.left = `${Math.max(scrollX + 8, left)}px`;
      pop.style.top = `${(below ? r.bottom + 6 : r.top - h - 6) + scrollY}px`;
    };
    button.setAttribute('aria-expanded', 'false');
    pop.addEventListener('beforetoggle', (e) => (e as ToggleEvent).newState === 'open' && place());
    pop.addEventListener('toggle', (e) => {
      const open = (e as ToggleEvent).newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      if (open) place();
    });
  }
}

function progress() {
  const bar = document.querySelector<HTMLElement>('[data-reading-progress]');
  if (!bar || CSS.supports('animation-timeline: scroll()')) return;
  let queued = false;
  const update = () => {
    queued = false;
    const max = document.documentElement.scrollHeight - innerHeight;
    bar.style.setProperty('--sf-progress', String(max > 0 ? Math.min(1, scrollY / max) : 0));
  };
  addEventListener('scroll', () => !queued && (queued = requestAnimationFrame(update) > 0), { passive: true });
  update();
}

function addresses() {
  if (builtRoot === actualRoot) return;
  for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-site-url], [data-site-code]')) el.value = localise(el.value);
  for (const el of document.querySelectorAll<HTMLElement>('[data-site-text]')) el.textContent = localise(el.textContent ?? '');
  for (const option of document.querySelectorAll<HTMLOptionElement>('select[data-embed-select] option')) option.value = localise(option.value);
  // The encoder loads only when a code comes near the screen (at a chapter's end, not on first load).
  const redraw = (figure: HTMLElement) =>
    void import('../lib/teach/qrSvg.ts').then(({ qrSvg }) => {
      const url = new URL(figure.dataset.qrPath!, location.origin).href;
      figure.querySelector('[data-qr-code]')!.innerHTML = qrSvg(url);
      figure.querySelector('[data-qr-url]')!.textContent = url;
    });
  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries.filter((x) => x.isIntersecting)) {
        near.unobserve(e.target);
        redraw(e.target as HTMLElement);
      }
    },
    { rootMargin: '600px 0px' },
  );
  for (const figure of document.querySelectorAll<HTMLElement>('[data-qr-path]')) near.observe(figure);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.addEventListener('click', () => print());
}
copyButtons();
dialogs();
citeMoment();
terms();
progress();
addresses();
