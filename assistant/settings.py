"""All configuration: one pydantic-settings object, env prefix ``GOVRAG_``, optional ``.env``.

Nested sections use a double underscore: ``GOVRAG_RETRIEVAL__TOP_K=12``. Unknown ``GOVRAG_*``
variables are rejected with the list of known ones, so a typo never silently does nothing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.errors import ConfigError

ENV_PREFIX = "GOVRAG_"
REPO_ROOT = Path(__file__).resolve().parent.parent


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IngestSettings(_Section):
    prose_chunk_size: int = Field(900, ge=200, le=8000, description="Characters per prose chunk.")
    prose_chunk_overlap: int = Field(
        120, ge=0, le=2000, description="Overlap between prose chunks."
    )
    max_file_mb: float = Field(50, gt=0, description="Largest file accepted, in MB.")
    max_pages: int = Field(1000, ge=1, description="Largest PDF accepted, in pages.")
    pdf_timeout_s: float = Field(120, gt=0, description="Wall-clock limit for parsing one PDF.")
    pdf_memory_mb: int = Field(2048, ge=256, description="Memory cap of the PDF parsing process.")
    pdf_in_subprocess: bool = Field(True, description="Parse PDFs in an isolated child process.")


class RetrievalSettings(_Section):
    top_k: int = Field(8, ge=1, le=100, description="Chunks returned by search and used by ask.")
    candidates: int = Field(40, ge=5, le=500, description="Candidates taken from each ranker.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant.")
    matrix_max_chunks: int = Field(
        500_000,
        ge=0,
        description="Largest record (chunks in the catalog) a worker holds every vector of in "
        "memory for exact dense search; above it, dense search queries the vector index (HNSW) "
        "and the worker holds none. 0: always the index.",
    )


class AnswerSettings(_Section):
    llm_model: str = Field(
        "",
        description="Optional LLM as 'provider:model' for LangChain init_chat_model "
        "(e.g. 'openai:gpt-4o-mini', 'ollama:llama3'). Empty: the default answerer, no LLM.",
    )
    llm_base_url: str = Field("", description="Base URL of an OpenAI-compatible or Ollama server.")
    llm_api_key: SecretStr = Field(SecretStr(""), description="API key for the LLM provider.")
    llm_timeout_s: float = Field(20, gt=0, le=600, description="Give up on the LLM after this.")
    llm_temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")
    llm_propose_analysis: bool = Field(
        True,
        description="With an LLM set, ask it which refs, owners, statuses, priorities, documents, "
        "years and field a question names; values the register holds fill what the rule "
        "analyser left empty, the rest are rejected (shown in the answer's query.proposal).",
    )
    max_question_chars: int = Field(1000, ge=10, le=20000, description="Longest question accepted.")
    prompts_dir: Path = Field(REPO_ROOT / "prompts", description="Folder of prompt templates.")
    min_evidence: float = Field(
        0.32, ge=0, le=1, description="Lowest dense similarity that counts as evidence."
    )
    records_limit: int = Field(
        1000,
        ge=0,
        description="Most records an answer carries in `records` unless the request asks for "
        "more (`records_limit`); `records_total` always gives the complete count.",
    )


class ServerSettings(_Section):
    host: str = Field("127.0.0.1", description="Address `govrag serve` binds to.")
    port: int = Field(8000, ge=1, le=65535, description="Port `govrag serve` listens on.")
    workers: int = Field(
        1, ge=1, le=64, description="uvicorn worker processes (needs a Chroma server if > 1)."
    )
    rate_limit_per_minute: int = Field(
        120, ge=0, description="Ask/chat requests per client per minute (0 = off)."
    )
    rate_limit_store: Literal["auto", "memory", "postgres"] = Field(
        "auto",
        description="Where the rate limit counts: `memory` (per worker process), `postgres` "
        "(one counter per client across every worker, in the catalog database), `auto` "
        "(postgres when catalog_url is set, else memory).",
    )
    max_concurrency: int = Field(
        32, ge=1, description="API requests served at once per worker; more get a 503."
    )
    max_upload_mb: float = Field(20, gt=0, description="Largest document upload accepted (413).")
    max_body_kb: int = Field(256, ge=1, description="Largest other request body (413).")


class Settings(BaseSettings):
    """Root settings. ``Settings()`` reads the environment and ``.env``."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        env_file=".env",
        extra="forbid",
        validate_default=True,
    )

    index_dir: Path = Field(
        Path("var/index"), description="Where the catalog and embedded Chroma live."
    )
    chroma_url: str = Field("", description="Chroma server URL; empty = embedded PersistentClient.")
    catalog_url: str = Field(
        "",
        description="PostgreSQL catalog URL (postgresql://user@host:port/db); "
        "empty = the SQLite file catalog.sqlite in index_dir.",
    )
    admin_key: SecretStr = Field(
        SecretStr(""),
        description="Key for document upload and delete over HTTP. Empty: those endpoints are off.",
    )
    api_key: SecretStr = Field(
        SecretStr(""), description="If set, every /v1 endpoint needs this key (or the admin key)."
    )
    embedding_model_path: str = Field(
        "", description="sentence-transformers model folder; empty = the bundled all-MiniLM-L6-v2."
    )
    embedding_batch_size: int = Field(
        32,
        ge=1,
        le=1024,
        description="Texts per embedding batch (16-32 is fastest for MiniLM on a CPU).",
    )
    embedding_query_cache: int = Field(
        256,
        ge=0,
        le=100_000,
        description="Query embeddings kept in memory (0 = none, for benchmarks).",
    )
    log_level: str = Field("WARNING", description="Python logging level.")
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)

    @model_validator(mode="before")
    @classmethod
    def _reject_unknown_env(cls, data: Any) -> Any:
        unknown = unknown_env_keys()
        if unknown:
            known = ", ".join(sorted(known_env_keys()))
            raise ValueError(f"unknown setting(s) {', '.join(unknown)}; known: {known}")
        return data


def known_env_keys() -> set[str]:
    keys: set[str] = set()
    for name, field in Settings.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            keys.update(f"{ENV_PREFIX}{name}__{sub}".upper() for sub in annotation.model_fields)
        else:
            keys.add(f"{ENV_PREFIX}{name}".upper())
    return keys


def unknown_env_keys() -> list[str]:
    known = known_env_keys()
    return sorted(
        k for k in os.environ if k.upper().startswith(ENV_PREFIX) and k.upper() not in known
    )


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with errors turned into a :class:`ConfigError`."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"invalid configuration: {problems}") from exc
