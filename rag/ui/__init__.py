"""The Gradio web app (`rag serve`): chat with streamed, cited answers, source cards, the
report viewer, the documents tab (metadata, uploads) and a small named API.

Pure parts (no Gradio import): ``render`` (all HTML, escaped), ``chat`` (conversation
state and streaming), ``examples``, ``corpus``, ``uploads``, ``feedback``, ``i18n``.
Gradio edges: ``app``, ``docs_tab``, ``labels``, ``api``; ``serve.run_serve`` launches it.
"""
