// js_on_load of the report viewer overlay (gr.HTML): scroll the cited span into view whenever
// a report is shown; the close button and the Escape key empty the viewer.
const ragShowMark = () => {
  const m = element.querySelector('#report-mark');
  if (m) m.scrollIntoView({block: 'center'});
};
watch('value', () => requestAnimationFrame(ragShowMark));
if (!element.__ragBound) {
  element.__ragBound = true;
  element.addEventListener('click', (e) => {
    const inside = e.target.closest('.report-modal-inner');
    if (e.target.closest('.report-close') || (e.target.closest('.report-modal') && !inside)) {
      props.value = '';
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && element.querySelector('.report-modal')) props.value = '';
  });
}
