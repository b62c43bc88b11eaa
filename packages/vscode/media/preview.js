/* global acquireVsCodeApi, document, window */
// The preview's page: draws the SVG it is sent (its style sheet given this page's nonce, its
// links kept from navigating), pans on drag, zooms on the wheel around the pointer, and asks the
// extension to reveal an element's declaration when it is clicked.
(function () {
  const vscode = acquireVsCodeApi();
  const nonce = document.currentScript.nonce;
  const viewport = document.getElementById('viewport');
  const diagram = document.getElementById('diagram');
  const message = document.getElementById('message');
  const view = vscode.getState() || { x: 0, y: 0, scale: 1 };
  let drag;
  let moved = false;

  function apply() {
    diagram.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
    vscode.setState(view);
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (data.type === 'svg') {
      diagram.innerHTML = data.svg.replace(/<style>/g, `<style nonce="${nonce}">`);
      message.textContent = '';
      apply();
    } else if (data.type === 'error') {
      message.textContent = data.message;
    }
  });

  viewport.addEventListener('wheel', (event) => {
    event.preventDefault();
    const factor = Math.exp(-event.deltaY / 500);
    const scale = Math.min(8, Math.max(0.1, view.scale * factor));
    view.x = event.clientX - ((event.clientX - view.x) * scale) / view.scale;
    view.y = event.clientY - ((event.clientY - view.y) * scale) / view.scale;
    view.scale = scale;
    apply();
  });

  viewport.addEventListener('mousedown', (event) => {
    drag = { x: event.clientX - view.x, y: event.clientY - view.y };
    moved = false;
    viewport.classList.add('dragging');
  });
  window.addEventListener('mousemove', (event) => {
    if (!drag) return;
    moved = true;
    view.x = event.clientX - drag.x;
    view.y = event.clientY - drag.y;
    apply();
  });
  window.addEventListener('mouseup', () => {
    drag = undefined;
    viewport.classList.remove('dragging');
  });

  diagram.addEventListener('click', (event) => {
    event.preventDefault();
    if (moved) return;
    const node = event.target.closest('[data-id]');
    if (node) vscode.postMessage({ type: 'reveal', id: node.getAttribute('data-id') });
  });
})();
