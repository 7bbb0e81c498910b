// js_on_load of the sources panel (gr.HTML): `element`, `trigger`, `watch` are provided by Gradio.
// 1. A click on a citation chip anywhere in the chat (an <a href="#cite-AID-N">; the chatbot's
//    sanitiser drops data-* attributes) becomes a 'click' event {action: 'cite', aid, n}.
// 2. A click on a card's "view in report" button becomes {action: 'view', aid, n}.
// 3. After the panel re-renders, the selected card is scrolled into view and flashed.
window.__ragCite = (aid, n) => trigger('click', {action: 'cite', aid: aid, n: n});
if (!window.__ragChipListener) {
  window.__ragChipListener = true;
  document.addEventListener('click', (e) => {
    const a = e.target && e.target.closest ? e.target.closest('a.cite-chip') : null;
    if (!a) return;
    const m = /#cite-(\d+)-(\d+)$/.exec(a.getAttribute('href') || '');
    if (!m) return;
    e.preventDefault();
    e.stopPropagation();
    document.querySelectorAll('a.cite-chip.active').forEach((x) => x.classList.remove('active'));
    a.classList.add('active');
    window.__ragCite(Number(m[1]), Number(m[2]));
  }, true);
}
if (!element.__ragBound) {
  element.__ragBound = true;
  element.addEventListener('click', (e) => {
    const b = e.target && e.target.closest ? e.target.closest('button.src-view') : null;
    if (!b) return;
    const m = /^view-(\d+)-(\d+)$/.exec(b.id || '');
    if (m) trigger('click', {action: 'view', aid: Number(m[1]), n: Number(m[2])});
  });
}
watch('value', () => {
  const sel = element.querySelector('.src-card.selected');
  if (!sel) return;
  sel.scrollIntoView({block: 'nearest'});
  sel.classList.remove('flash');
  void sel.offsetWidth;  // restart the animation
  sel.classList.add('flash');
});
