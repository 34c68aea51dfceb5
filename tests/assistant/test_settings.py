"""One settings object: documented fields, nested env names, unknown keys rejected."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from assistant.settings import Settings, known_env_keys, load_settings
from ingest.errors import ConfigError


def test_defaults_and_env_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVRAG_INDEX_DIR", "/srv/govrag")
    monkeypatch.setenv("GOVRAG_CHROMA_URL", "http://127.0.0.1:9000")
    monkeypatch.setenv("GOVRAG_RETRIEVAL__TOP_K", "12")
    settings = load_settings()
    assert str(settings.index_dir) == "/srv/govrag"
    assert settings.chroma_url == "http://127.0.0.1:9000"
    assert settings.retrieval.top_k == 12
    assert {"GOVRAG_ADMIN_KEY", "GOVRAG_API_KEY", "GOVRAG_SERVER__MAX_CONCURRENCY"} <= set(
        known_env_keys()
    )
    assert settings.admin_key.get_secret_value() == ""  # write endpoints off by default


def test_every_field_is_described() -> None:
    def walk(model: type[BaseModel]) -> list[str]:
        missing = []
        for name, field in model.model_fields.items():
            annotation = field.annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                missing += walk(annotation)
            elif not field.description:
                missing.append(name)
        return missing

    assert walk(Settings) == []


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("GOVRAG_INDX_DIR", "x", "unknown setting(s) GOVRAG_INDX_DIR"),
        ("GOVRAG_RETRIEVAL__TOP_K", "many", "retrieval.top_k"),
        ("GOVRAG_SERVER__PORT", "70000", "server.port"),
    ],
)
def test_bad_settings_are_named(
    monkeypatch: pytest.MonkeyPatch, key: str, value: str, message: str
) -> None:
    monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings()


def test_unknown_keyword_is_rejected() -> None:
    with pytest.raises(ConfigError, match="index_dirr"):
        load_settings(index_dirr="x")
