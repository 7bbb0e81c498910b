"""Retrieval: query understanding, rank fusion, optional reranking and the :class:`Retriever`.

>>> from rag.retrieve.fusion import rrf
"""
