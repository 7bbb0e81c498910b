"""Question answering with exact citations over Chinese local governments' annual
rule-of-law reports (法治政府建设年度报告).

Importing ``rag`` is cheap: torch, faiss, gradio and LangChain load only when used.
"""
__version__ = "0.1.0"
