// Presentation mode's share corner, loaded the first time a chapter is presented: a QR code of the
// current step's address, so students can follow on their phones, and a button that copies it.
import { qrSvg } from '../lib/teach/qrSvg.ts';

export interface PresenterShare {
  /** Show the code and the copy button for this step's absolute URL. */
  show(url: string): void;
}

export function presenterShare(slot: HTMLElement, announce: (message: string) => void): PresenterShare {
  slot.innerHTML = `<figure class="sf-presenter__qr"><div data-qr-code></div><figcaption>Scan to follow this step on a phone<span class="sf-visually-hidden">: <span data-qr-url></span></span></figcaption></figure>
    <button type="button" class="sf-presenter__big" aria-pressed="false">Larger QR code</button>
    <button type="button" class="sf-presenter__copy">Copy link to this step</button>`;
  const figure = slot.querySelector<HTMLElement>('.sf-presenter__qr')!;
  const code = figure.querySelector<HTMLElement>('[data-qr-code]')!;
  const words = figure.querySelector<HTMLElement>('[data-qr-url]')!;
  const big = slot.querySelector<HTMLButtonElement>('.sf-presenter__big')!;
  let current = '';
  big.addEventListener('click', () => {
    const on = figure.classList.toggle('is-large');
    big.setAttribute('aria-pressed', String(on));
  });
  slot.querySelector('.sf-presenter__copy')!.addEventListener('click', () => {
    if (!navigator.clipboard) return announce(`Copy this link: ${current}`);
    void navigator.clipboard.writeText(current).then(
      () => announce('Link to this step copied.'),
      () => announce(`Copy this link: ${current}`),
    );
  });
  return {
    show(url) {
      if (url === current) return;
      current = url;
      // The code is hidden from assistive technology; the caption carries the address in words.
      code.dataset.url = url;
      code.innerHTML = qrSvg(url);
      words.textContent = url;
    },
  };
}
