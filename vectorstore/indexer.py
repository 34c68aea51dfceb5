"""Put documents into the index, or take them out, so that each is wholly there or not at all.

Order of work for one document:

1. parse and extract (no writes);
2. embed the chunks Chroma does not have yet (content-hashed ids, so unchanged chunks are
   never embedded twice) and upsert them;
3. one catalog transaction (SQLite or PostgreSQL) swaps the document's rows, records, chunks
   and lexical rows;
4. delete the vectors of chunks the document no longer has.

A crash before 3 leaves only unreferenced vectors (ignored by search, removed by
:meth:`Indexer.reconcile`); a crash after 3 leaves stale vectors (the same). Search only
returns chunks the catalog knows, so no reader ever sees half a document.

A batch of files is embedded in groups: the chunks of several parsed documents go to the
encoder together (it sorts them by length, so batches are full and carry little padding), then
each document is stored as above, in order.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ingest import columns
from ingest.errors import (
    DocumentExists,
    DuplicateDocument,
    GovragError,
    IngestError,
    IngestFailed,
    NotFound,
)
from ingest.extract import ChunkingOptions, document_id, extract
from ingest.loaders import LoadLimits, is_supported, load_bytes, unsupported_error
from ingest.model import DocumentInfo, ExtractedDocument
from vectorstore.catalog import Catalog
from vectorstore.protocols import Embedder, VectorIndex

log = logging.getLogger(__name__)
EXTRACTOR_VERSION = "2026.12.7"  # compound refs, split date cells, digit re-reads, borderless scans
IGNORED_IN_FOLDERS = ("readme", "changelog", "license", "licence")
RECONCILE_BATCH = 1000  # chunks embedded and stored per step by reconcile (bounded memory)
# Files a folder of papers holds that are not papers: left out of a folder walk with a note
# (not an error). A file named on the command line is still read (and refused if unsupported).
NOT_PAPERS = {
    "govrag-columns.*": "the column mapping file, applied to the papers beside it",
    "*.jsonl": "a data file (JSON lines: gold rows, questions), not a paper",
    "~$*": "an Office lock file (kept while a document is open in Word or Excel)",
    ".~lock.*#": "a LibreOffice lock file",
}


@dataclass
class IngestOutcome:
    document_id: str
    filename: str
    action: str  # added | updated | unchanged
    pages: int = 0
    records: int = 0
    chunks: int = 0
    embedded: int = 0
    warnings: list[str] = field(default_factory=list)
    replaced: DocumentInfo | None = None  # the earlier version an update replaced

    def replaced_line(self) -> str | None:
        """What an update replaced, for people: None unless the action is 'updated'."""
        old = self.replaced
        if old is None:
            return None
        return (
            f"replaced the earlier {old.filename} ({old.records} records, "
            f"sha256 {old.sha256[:12]}…)"
        )


@dataclass
class BatchResult:
    outcomes: list[IngestOutcome] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    ignored: list[dict[str, str]] = field(default_factory=list)  # not papers: see NOT_PAPERS

    def summary(self) -> dict[str, object]:
        return {
            "documents": len(self.outcomes),
            "pages": sum(o.pages for o in self.outcomes),
            "records": sum(o.records for o in self.outcomes),
            "chunks": sum(o.chunks for o in self.outcomes),
            "replaced": [
                {
                    "document_id": o.document_id,
                    "filename": o.filename,
                    "previous_sha256": o.replaced.sha256,
                    "previous_records": o.replaced.records,
                }
                for o in self.outcomes
                if o.replaced is not None
            ],
            "skipped": list(self.skipped),
        }


ProgressCallback = Callable[[str, int, int], None]  # (file name, done, total)
ActivityCallback = Callable[[str], None]  # what the file being read is doing, for people


def mapping_digest(overrides: object) -> str | None:
    """A hash of a column mapping (header -> role), or None when there is none."""
    if not overrides or not isinstance(overrides, dict):
        return None
    items = sorted((str(k), str(getattr(v, "value", v))) for k, v in overrides.items())
    return hashlib.sha256(json.dumps(items).encode()).hexdigest()[:16]


def pipeline_key(options: ChunkingOptions, embedder: Embedder, mapping: str | None = None) -> str:
    """Changes when extraction, chunking, the embedding model or the column mapping (its
    :func:`mapping_digest`) changes; with no mapping it is what it was before mappings."""
    raw = f"{EXTRACTOR_VERSION}|{options.prose_size}|{options.prose_overlap}|{embedder.model_id}"
    if mapping:
        raw += f"|columns:{mapping}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def not_a_paper(path: Path) -> str | None:
    """Why a file met in a folder walk is not a paper (see NOT_PAPERS), or None."""
    name = path.name.lower()
    for pattern, reason in NOT_PAPERS.items():
        if fnmatch.fnmatchcase(name, pattern):
            return reason
    return None


def collection_name(embedder: Embedder) -> str:
    """Vectors of different models never share a collection."""
    digest = hashlib.sha256(f"{embedder.model_id}|{embedder.dimension}".encode()).hexdigest()[:12]
    return f"govrag_{digest}"


def expand_paths(
    paths: Iterable[Path], ignored: list[dict[str, str]] | None = None
) -> tuple[list[Path], list[dict[str, str]]]:
    """Files to ingest (folders walked, sorted) and the paths skipped with a reason; files of a
    folder that are not papers (:data:`NOT_PAPERS`) go to ``ignored``, with why."""
    files: list[Path] = []
    skipped: list[dict[str, str]] = []
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.stem.lower() in IGNORED_IN_FOLDERS:
                    continue  # a folder's README describes the folder; it is not a document
                reason = not_a_paper(child)
                if reason is not None:
                    if ignored is not None:
                        ignored.append({"path": str(child), "reason": reason})
                    continue
                if is_supported(child):
                    files.append(child)
                else:
                    error = unsupported_error(str(child), child.suffix.lower())
                    skipped.append({"path": str(child), "reason": error.reason})
        elif path.is_file():
            files.append(path)
        else:
            skipped.append({"path": str(path), "reason": "no such file or folder"})
    return files, skipped


class Indexer:
    """Adds, replaces and removes documents in the catalog, BM25 and vector index together."""

    def __init__(
        self,
        catalog: Catalog,
        vectors: VectorIndex,
        embedder: Embedder,
        *,
        options: ChunkingOptions | None = None,
        limits: LoadLimits | None = None,
    ) -> None:
        self.catalog = catalog
        self.vectors = vectors
        self.embedder = embedder
        self.options = options or ChunkingOptions()
        self.limits = limits or LoadLimits()

    @property
    def pipeline(self) -> str:
        """The pipeline key of documents ingested now: with the column mapping in force
        (:func:`ingest.columns.use_mapping`), so a changed mapping file re-reads the papers."""
        overrides = columns.overrides_in_force()  # the normalised header -> role table
        return pipeline_key(self.options, self.embedder, mapping_digest(overrides))

    # -- one document ------------------------------------------------------------------------
    def prepare_bytes(
        self,
        data: bytes,
        filename: str,
        *,
        replace: bool = True,
        limits: LoadLimits | None = None,
    ) -> IngestOutcome | tuple[ExtractedDocument, bytes]:
        """Parse one file's bytes (no writes): its outcome if unchanged, else what to store.

        The same bytes under another name are refused (:class:`DuplicateDocument`); with
        ``replace=False`` so is a different file under a name the index holds already
        (:class:`DocumentExists`).
        """
        doc_id = document_id(Path(filename).name)
        sha = hashlib.sha256(data).hexdigest()
        fingerprint = self.catalog.fingerprint(doc_id)
        pipeline = self.pipeline
        if fingerprint == (sha, pipeline):
            info = self.catalog.document(doc_id)
            return IngestOutcome(
                doc_id,
                info.filename,
                "unchanged",
                info.pages,
                info.records,
                info.chunks,
                warnings=list(info.warnings),  # as they were saved when it was read
            )
        twin = self.catalog.with_content(sha, other_than=doc_id)
        if twin is not None:
            raise DuplicateDocument(filename, twin.id, twin.filename)
        if fingerprint is not None and fingerprint[0] != sha and not replace:
            raise DocumentExists(filename, doc_id)
        loaded = load_bytes(data, filename, limits or self.limits)
        return extract(loaded, self.options), data

    def ingest_bytes(self, data: bytes, filename: str, *, replace: bool = True) -> IngestOutcome:
        """Ingest one file's bytes; unchanged content is a no-op. Any failure is a
        :class:`GovragError` naming the file, and leaves the index as it was."""
        with _as_ingest_error(filename):
            prepared = self.prepare_bytes(data, filename, replace=replace)
            if isinstance(prepared, IngestOutcome):
                return prepared
            return self.store(*prepared)

    def prepare_file(
        self, path: Path, limits: LoadLimits | None = None
    ) -> IngestOutcome | tuple[ExtractedDocument, bytes]:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
        with _as_ingest_error(str(path)):
            try:
                return self.prepare_bytes(data, path.name, limits=limits)
            except IngestError as exc:
                raise exc.at(str(path)) from exc

    def ingest_file(self, path: Path) -> IngestOutcome:
        prepared = self.prepare_file(path)
        if isinstance(prepared, IngestOutcome):
            return prepared
        with _as_ingest_error(str(path)):
            return self.store(*prepared)

    def embed_missing(self, documents: list[ExtractedDocument]) -> set[str]:
        """Embed and upsert, in one encoder call, the chunks of these documents Chroma lacks;
        return their ids."""
        chunks = {c.id: c for doc in documents for c in doc.chunks}
        present = self.vectors.existing(list(chunks))
        todo = [c for cid, c in chunks.items() if cid not in present]
        if todo:
            vectors = self.embedder.embed_documents([c.text for c in todo])
            self.vectors.upsert([c.id for c in todo], vectors, [c.metadata for c in todo])
        return {c.id for c in todo}

    def store(
        self,
        extracted: ExtractedDocument,
        source: bytes | None,
        embedded: set[str] | None = None,
    ) -> IngestOutcome:
        """Store one parsed document; ``embedded`` names the chunks whose vectors a batch
        upserted for it already (else they are embedded here).

        If the catalog refuses the document, the vectors upserted for it are deleted again,
        so a failed file leaves nothing behind.
        """
        info = extracted.info
        previous = self.catalog.find_document(info.id)
        old_ids = self.catalog.chunk_ids(info.id)
        new_ids = [c.id for c in extracted.chunks]
        if embedded is None:
            embedded = self.embed_missing([extracted])
        mine = embedded & set(new_ids)
        try:
            with self.catalog.transaction() as conn:
                # checked again inside the write: another writer may have stored the same bytes
                twin = self.catalog.with_content(info.sha256, other_than=info.id, conn=conn)
                if twin is not None:
                    raise DuplicateDocument(info.filename, twin.id, twin.filename)
                self.catalog.replace_document(conn, extracted, source, self.pipeline)
        except BaseException:
            if mine:
                self.vectors.delete(sorted(mine))
            raise
        stale = sorted(old_ids - set(new_ids))
        if stale:
            self.vectors.delete(stale)
        return IngestOutcome(
            info.id,
            info.filename,
            "updated" if previous is not None else "added",
            info.pages,
            info.records,
            info.chunks,
            embedded=len(mine),
            warnings=list(extracted.warnings),
            replaced=previous,
        )

    def remove(self, key: str) -> list[str]:
        """Delete a document (by id or file name) everywhere; return its chunk ids."""
        info = self.catalog.find_document(key)
        if info is None:
            raise NotFound(
                f"no document {key!r} in the index", help="`govrag documents` lists them."
            )
        with self.catalog.transaction() as conn:
            removed = self.catalog.delete_document(conn, info.id)
        self.vectors.delete(removed)
        return removed

    # -- many documents -------------------------------------------------------------------------
    def ingest_paths(
        self,
        paths: Iterable[Path],
        progress: ProgressCallback | None = None,
        group_chunks: int = 256,
        activity: ActivityCallback | None = None,
    ) -> BatchResult:
        """Ingest files and folders; a bad file is reported and skipped, the rest go in.

        Parsed documents wait until they hold ``group_chunks`` chunks between them; their new
        chunks are then embedded together and each document is stored in turn. ``activity``
        hears what a slow file is doing ("OCR page 2/5 of scan.pdf").
        """
        self.reconcile()
        ignored: list[dict[str, str]] = []
        files, skipped = expand_paths(paths, ignored)
        result = BatchResult(skipped=skipped, ignored=ignored)
        outcomes: dict[int, IngestOutcome] = {}
        pending: list[tuple[int, Path, ExtractedDocument, bytes]] = []
        batch_contents: dict[str, Path] = {}  # sha256 -> the first file of this batch with it

        def skip(path: Path, exc: GovragError) -> None:
            reason = exc.reason if isinstance(exc, IngestError) else exc.message
            log.warning("skipped %s: %s", path, reason)
            result.skipped.append({"path": str(path), "reason": reason})

        def flush() -> None:
            embedded: set[str] | None
            try:
                embedded = self.embed_missing([doc for _, _, doc, _ in pending])
            except Exception:
                embedded = None  # each document then embeds on its own and reports its failure
            for index, path, doc, data in pending:
                try:
                    with _as_ingest_error(str(path)):
                        outcomes[index] = self.store(doc, data, embedded=embedded)
                except GovragError as exc:
                    skip(path, exc)
            pending.clear()

        for index, path in enumerate(files):
            if progress:
                progress(path.name, index, len(files))
            limits = None
            if activity is not None:
                limits = dataclasses.replace(self.limits, ocr_progress=_ocr_relay(activity, path))
            try:
                prepared = self.prepare_file(path, limits)
            except GovragError as exc:
                skip(path, exc)
                continue
            if isinstance(prepared, IngestOutcome):
                outcomes[index] = prepared
                continue
            doc = prepared[0]
            twin = batch_contents.setdefault(doc.info.sha256, path)
            if twin != path:  # the same bytes twice in this batch: the first one goes in
                skip(path, DuplicateDocument(str(path), document_id(twin.name), twin.name))
                continue
            pending.append((index, path, *prepared))
            if sum(len(doc.chunks) for _, _, doc, _ in pending) >= group_chunks:
                flush()
        flush()
        for index in sorted(outcomes):
            for warning in outcomes[index].warnings:
                log.info("%s: %s", files[index].name, warning)
            result.outcomes.append(outcomes[index])
        if progress:
            progress("", len(files), len(files))
        return result

    def reconcile(self) -> dict[str, int]:
        """Make Chroma agree with the catalog after a crash: drop orphans, embed what is missing."""
        known = self.catalog.chunk_ids()
        stored = self.vectors.all_ids()
        orphans = sorted(stored - known)
        missing = sorted(known - stored)
        if orphans:
            self.vectors.delete(orphans)
        for start in range(0, len(missing), RECONCILE_BATCH):  # a whole index may be missing
            rows = self.catalog.chunk_vectors_input(missing[start : start + RECONCILE_BATCH])
            vectors = self.embedder.embed_documents([text for _, text, _ in rows])
            self.vectors.upsert([i for i, _, _ in rows], vectors, [m for _, _, m in rows])
        return {"orphans_removed": len(orphans), "vectors_added": len(missing)}


def _ocr_relay(activity: ActivityCallback, path: Path) -> Callable[[int, int, int], None]:
    def relay(page: int, done: int, total: int) -> None:
        activity(f"OCR page {done}/{total} of {path.name}")

    return relay


@contextmanager
def _as_ingest_error(path: str) -> Iterator[None]:
    """Let govrag's own errors through; turn any other failure into :class:`IngestFailed`
    naming the file, so one bad file never stops a batch or escapes as a bare traceback."""
    try:
        yield
    except GovragError:
        raise
    except Exception as exc:
        log.exception("ingest of %s failed", path)
        raise IngestFailed(path, f"could not be ingested ({type(exc).__name__}: {exc})") from exc
