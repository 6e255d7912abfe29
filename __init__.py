"""wenda 问答: answers factual questions in Chinese about a document corpus, quoting its sources.

Data flows one way, and the subpackages say so:

    wenda.corpus   documents → sections, paragraphs, sentences (with offsets); imports nothing of ours
    wenda.index    sentences → embeddings (FAISS) + BM25 → retrieval → the Answer
    wenda.bot      Answer → text: the `wenda` command line and the Telegram bot
"""

__version__ = "0.1.0"
