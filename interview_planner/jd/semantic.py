"""A small offline text-embedding model (wordllama) for linking requirements to the catalogue.

wordllama's wheel ships both its weights (``weights/l2_supercat_256.safetensors``,
16 MB) and its tokenizer (``tokenizers/l2_supercat_tokenizer_config.json``), so it
runs without any network. Its own ``WordLlama.load`` looks for the tokenizer in a
``tokenizer/`` folder that the wheel does not have and would then try to fetch
it, so we load the two files ourselves and never call anything that downloads.

The model is loaded lazily, once per process, under a lock (role imports run on
worker threads in the app). When it cannot be loaded (no wheel for the platform,
files missing), :func:`embed` returns ``None`` and the linker uses the lexicon
alone; this is logged once. Embeddings are unit vectors, so a dot product is the
cosine similarity.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # numpy is imported on first use: the app's start-up does not pay for it
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]

log = logging.getLogger(__name__)

WEIGHTS = ("weights", "l2_supercat_256.safetensors")
TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")


class _Embedder(Protocol):
    def embed(self, texts: list[str], norm: bool = ...) -> Any: ...


def load_wordllama() -> _Embedder:
    """wordllama's bundled 256-dimension model, from the files inside its wheel (never downloads)."""
    import wordllama
    from safetensors import safe_open
    from tokenizers import Tokenizer
    from wordllama.inference import WordLlamaInference

    root = Path(wordllama.__file__).parent
    tokenizer = Tokenizer.from_file(str(root.joinpath(*TOKENIZER)))
    with safe_open(str(root.joinpath(*WEIGHTS)), framework="np") as weights:
        matrix = weights.get_tensor("embedding.weight")
    return WordLlamaInference(matrix, tokenizer)


class _Holder:
    """The process's model: loaded at first use; ``None`` (with one log line) when it cannot be."""

    def __init__(self, loader: Callable[[], _Embedder]) -> None:
        self.loader = loader
        self._lock = threading.Lock()
        self._loaded = False
        self._model: _Embedder | None = None

    def get(self) -> _Embedder | None:
        if self._loaded:
            return self._model
        with self._lock:
            if not self._loaded:
                try:
                    self._model = self.loader()
                except Exception as exc:  # an ImportError, a missing file, a wheel built for another numpy...
                    log.warning("text-embedding model unavailable, linking with the lexicon alone: %s", exc)
                    self._model = None
                self._loaded = True
        return self._model


_holder = _Holder(load_wordllama)


def use_loader(loader: Callable[[], _Embedder]) -> None:
    """Replace how the model is loaded (tests: a platform without wordllama); it is loaded again at next use."""
    global _holder
    _holder = _Holder(loader)


def available() -> bool:
    return _holder.get() is not None


def embed(texts: Sequence[str]) -> Vectors | None:
    """Unit vectors for ``texts`` (one row each), or ``None`` when the model is unavailable."""
    model = _holder.get()
    if model is None:
        return None
    import numpy as np  # on first use, see the TYPE_CHECKING import

    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    vectors = np.asarray(model.embed(list(texts), norm=False), dtype=np.float32)
    lengths = np.linalg.norm(vectors, axis=1, keepdims=True)
    # a text with no token (empty) stays a zero vector: similar to nothing, never NaN
    return np.divide(vectors, lengths, out=np.zeros_like(vectors), where=lengths > 0)
