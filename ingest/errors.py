"""The one error hierarchy of govrag.

It lives in the bottom layer (``ingest``) so every layer can raise domain errors without
importing upwards. Each error carries a user-facing message and a ``help`` line that says what to
do; the CLI and the API translate them once, at their edges.
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


class Unauthorized(GovragError):
    """A protected endpoint was called without a valid key."""

    code = "unauthorized"
    http_status = 401


class Forbidden(GovragError):
    """The operation is switched off in this deployment."""

    code = "forbidden"
    http_status = 403


class RateLimited(GovragError):
    """A client has sent too many requests; ``retry_after`` says when to try again."""

    code = "rate_limited"
    http_status = 429

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message, help=f"Retry after {retry_after} s.")
        self.retry_after = retry_after


class Overloaded(GovragError):
    """The server is at its concurrency limit."""

    code = "overloaded"
    http_status = 503


class PayloadTooLarge(GovragError):
    """A request body or upload is over its configured size."""

    code = "too_large"
    http_status = 413
    help = "Send less, or raise GOVRAG_SERVER__MAX_UPLOAD_MB / MAX_BODY_KB."
    help = "The server is busy; retry shortly."
