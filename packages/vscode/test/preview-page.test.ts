// The preview's page (media/preview.js) in a DOM: it draws the SVG it is sent with its style
// sheet under the page's nonce, pans and zooms, and asks to reveal the element clicked.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

const SCRIPT = readFileSync(fileURLToPath(new URL('../media/preview.js', import.meta.url)), 'utf8');
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg"><style>.node{fill:red}</style><g data-id="mn.gasr"><a href="../site/x.html"><rect/></a></g></svg>';

function page() {
  const dom = new JSDOM('<!DOCTYPE html><body><div id="viewport"><div id="diagram"></div></div><div id="message"></div></body>', {
    runScripts: 'outside-only',
  });
  const posted: unknown[] = [];
  const window = dom.window as unknown as Window & { acquireVsCodeApi: () => unknown; eval: (code: string) => void };
  window.acquireVsCodeApi = () => ({
    postMessage: (message: unknown) => posted.push(message),
    getState: () => undefined,
    setState: () => undefined,
  });
  // The page reads its nonce from its own script element, as the webview gives it.
  const script = window.document.createElement('script');
  script.setAttribute('nonce', 'abc123');
  Object.defineProperty(window.document, 'currentScript', { value: script, configurable: true });
  window.eval(SCRIPT);
  const send = (data: unknown) => window.dispatchEvent(new window.MessageEvent('message', { data }));
  return { window, posted, send };
}

describe('the preview page', () => {
  it('draws the SVG with its style sheet under the nonce', () => {
    const { window, send } = page();
    send({ type: 'svg', svg: SVG });
    const diagram = window.document.getElementById('diagram')!;
    expect(diagram.querySelector('style')!.getAttribute('nonce')).toBe('abc123');
    expect(diagram.querySelector('[data-id="mn.gasr"]')).not.toBeNull();
  });

  it('asks to reveal the declaration of the element clicked, and never follows its link', () => {
    const { window, posted, send } = page();
    send({ type: 'svg', svg: SVG });
    const link = window.document.querySelector('rect')!;
    const click = new window.MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(posted).toEqual([{ type: 'reveal', id: 'mn.gasr' }]);
  });

  it('zooms with the wheel and pans with the mouse', () => {
    const { window, send } = page();
    send({ type: 'svg', svg: SVG });
    const viewport = window.document.getElementById('viewport')!;
    const diagram = window.document.getElementById('diagram')!;
    viewport.dispatchEvent(new window.WheelEvent('wheel', { deltaY: -500, clientX: 0, clientY: 0, cancelable: true }));
    expect(diagram.style.transform).toMatch(/scale\(2\.7/);
    viewport.dispatchEvent(new window.MouseEvent('mousedown', { clientX: 10, clientY: 10 }));
    window.dispatchEvent(new window.MouseEvent('mousemove', { clientX: 60, clientY: 30 }));
    window.dispatchEvent(new window.MouseEvent('mouseup'));
    expect(diagram.style.transform).toMatch(/^translate\(50px, 20px\)/);
  });

  it('says why there is no diagram', () => {
    const { window, send } = page();
    send({ type: 'error', message: 'No diagram for this place' });
    expect(window.document.getElementById('message')!.textContent).toBe('No diagram for this place');
  });
});
