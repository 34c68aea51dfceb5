"""Word vectors kept on disk beside the index, so the papers' vocabulary is embedded once.

The answerer judges a question word no paper writes by the papers' words near it in meaning
(``assistant.answers.support.vocabulary``), which needs a vector for each of up to several
thousand words of the papers. Embedding them takes seconds on a CPU; this file keeps them
between processes. It is written at ingest (``govrag ingest``) and on first use, and read by
every later process: only words it lacks (those of newly added papers) are embedded again.

One file per embedding model (the name carries :func:`~vectorstore.indexer.collection_name`'s
digest): vectors of different models never mix. A file that cannot be read is ignored with a
warning and rewritten; nothing depends on it but speed.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from pathlib import Path

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

WordVectors = dict[str, npt.NDArray[np.float32]]


class WordVectorFile:
    """Unit word vectors of one embedding model, stored in one ``.npz`` file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._loaded: WordVectors | None = None

    def read(self) -> WordVectors:
        """The stored vectors by word ({} when the file is absent or unreadable)."""
        with self._lock:
            if self._loaded is None:
                self._loaded = self._read()
            return dict(self._loaded)

    def _read(self) -> WordVectors:
        if not self.path.is_file():
            return {}
        try:
            with np.load(self.path, allow_pickle=False) as stored:
                words = [str(w) for w in stored["words"]]
                matrix = np.asarray(stored["vectors"], dtype=np.float32)
        except (OSError, ValueError, KeyError) as error:
            log.warning(
                "word vectors in %s unreadable (%s): they will be embedded again", self.path, error
            )
            return {}
        if matrix.ndim != 2 or len(words) != matrix.shape[0]:
            log.warning("word vectors in %s malformed: they will be embedded again", self.path)
            return {}
        return dict(zip(words, matrix, strict=True))

    def write(self, vectors: WordVectors) -> None:
        """Store ``vectors`` (replacing the file atomically); nothing when the index folder is
        absent (a remote index keeps no local folder) or ``vectors`` is empty."""
        if not vectors or not self.path.parent.is_dir():
            return
        words = sorted(vectors)
        matrix = np.stack([vectors[w] for w in words]).astype(np.float32)
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".npz.tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez(out, words=np.array(words), vectors=matrix)
            os.chmod(temporary, 0o644)  # mkstemp's 0600 would hide it from other accounts
            os.replace(temporary, self.path)
        except OSError as error:
            log.warning("word vectors not stored in %s: %s", self.path, error)
            Path(temporary).unlink(missing_ok=True)
            return
        with self._lock:
            self._loaded = dict(zip(words, matrix, strict=True))
