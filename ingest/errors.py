"""The one error hierarchy of govrag.

It lives in the bottom layer (``ingest``) so every layer can raise domain errors without
importing upwards. Each error carries a user-facing message and a ``help`` line that says what to
do; the CLI and the API translate them once, at their edges. Errors that only the HTTP layer
raises (keys, rate, load and size limits) live with it, in ``assistant/api/errors.py``.
"""

from __future__ import annotations


class GovragError(Exception):
    """Base of every error govrag raises on purpose."""

    code = "govrag_error"
    http_status = 500
    help = ""

    def __init__(self, message: str, *, help: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if help is not None:
            self.help = help

    @property
    def details(self) -> dict[str, str]:
        """Machine-readable facts about the error (e.g. the id of a document in the way)."""
        return {}

    def headers(self) -> dict[str, str]:
        """HTTP headers that go with this error's response."""
        return {}

    def __str__(self) -> str:
        return self.message


class ConfigError(GovragError):
    """A setting is missing, unknown or unsafe."""

    code = "config_error"
    http_status = 500
    help = "Check the GOVRAG_* environment variables and .env (see README, Configuration)."


class IngestError(GovragError):
    """A document could not be read or understood."""

    code = "ingest_error"
    http_status = 422

    def __init__(self, path: str, reason: str, *, help: str | None = None) -> None:
        super().__init__(f"{path}: {reason}", help=help)
        self.path = path
        self.reason = reason

    def at(self, path: str) -> IngestError:
        """The same error (same type, reason and help), naming the file as ``path``."""
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.path = path
        clone.message = f"{path}: {self.reason}"
        clone.args = (clone.message,)
        return clone


class UnsupportedDocument(IngestError):
    """The file type is not one govrag can read."""

    code = "unsupported_document"
    http_status = 415
    help = "Supported formats: .txt, .md, .html/.htm, .pdf."


class DocumentTooLarge(IngestError):
    """The file exceeds a configured size or page limit."""

    code = "document_too_large"
    http_status = 413
    help = "Split the document or raise GOVRAG_INGEST__MAX_FILE_MB / MAX_PAGES."


class IngestFailed(IngestError):
    """Ingest broke on something that is not the file's fault; nothing of it was stored."""

    code = "ingest_failed"
    http_status = 500
    help = "Nothing of the file was stored. This is a fault in govrag: report it with the log."


class DuplicateDocument(IngestError):
    """The same bytes are in the index already, under another name."""

    code = "duplicate_document"
    http_status = 409
    help = "The index keeps one copy of a file; remove the other first to rename it."

    def __init__(self, path: str, existing_id: str, existing_filename: str) -> None:
        super().__init__(
            path,
            f"has the same content as '{existing_filename}' (document {existing_id}), "
            "which is in the index already; it is not ingested twice",
        )
        self.existing_id = existing_id
        self.existing_filename = existing_filename

    @property
    def details(self) -> dict[str, str]:
        return {"document_id": self.existing_id, "filename": self.existing_filename}


class DocumentExists(IngestError):
    """A different document with this file name is in the index, and replacing was not asked."""

    code = "document_exists"
    http_status = 409
    help = "Send the upload again with ?replace=true to replace it, or give it another name."

    def __init__(self, path: str, existing_id: str) -> None:
        super().__init__(
            path, f"a different document with this name is in the index (document {existing_id})"
        )
        self.existing_id = existing_id

    @property
    def details(self) -> dict[str, str]:
        return {"document_id": self.existing_id}


class IndexStateError(GovragError):
    """The index on disk is missing, from another version, or inconsistent."""

    code = "index_state"
    http_status = 503
    help = "Run `govrag ingest data/sample` (or `govrag reindex`) to build the index."


class NotFound(GovragError):
    """A document, record, chunk or thread does not exist."""

    code = "not_found"
    http_status = 404


class InvalidRequest(GovragError):
    """A question or filter is malformed (empty, too long, unknown filter...)."""

    code = "invalid_request"
    http_status = 422


class UnknownDocument(InvalidRequest):
    """A filter or question names a document the index does not hold (or no longer holds)."""


class RetrievalError(GovragError):
    """The vector or lexical index failed to answer."""

    code = "retrieval_error"
    http_status = 503
    help = "Check that the index directory is readable and, in server mode, that Chroma is up."


class ProviderError(GovragError):
    """The optional LLM provider failed, timed out or returned something unusable."""

    code = "provider_error"
    http_status = 502
    help = (
        "Check GOVRAG_ANSWER__LLM_MODEL / LLM_BASE_URL, or unset them to use the default answerer."
    )


class PromptError(GovragError):
    """A prompt template is missing or is rendered without one of its placeholders."""

    code = "prompt_error"
    http_status = 500
