"""Search indexes: embedders (registry), FAISS vectors, jieba + bm25s lexical index, build/load.

Importing this package is cheap: torch, faiss and sentence-transformers load only
when an index is built or searched with vectors.
"""
