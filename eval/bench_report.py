"""The bench report as Markdown (``bench.md``), from the figures ``govrag bench`` gathered."""

from __future__ import annotations

from typing import Any


def _latency_row(name: str, figures: dict[str, Any]) -> str:
    return (
        f"| {name} | {figures['n']} | {figures['p50_ms']} | {figures['p95_ms']} | "
        f"{figures['p99_ms']} | {figures['max_ms']} |"
    )


SLOWEST_SHOWN = 6


def _queries(queries: dict[str, Any]) -> list[str]:
    lines = [
        "| call | n | p50 ms | p95 ms | p99 ms | max ms |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for where in ("in_process", "http"):
        if where in queries:
            for call in ("ask", "search"):
                label = f"{call} ({'in process' if where == 'in_process' else 'HTTP'})"
                lines.append(_latency_row(label, queries[where][call]))
    if "throughput" in queries:
        lines += [
            "",
            "| clients | requests | errors | requests/s | p50 ms | p95 ms |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in queries["throughput"]:
            lines.append(
                f"| {row['clients']} | {row['requests']} | {row['errors']} | "
                f"{row['requests_per_s']} | {row['latency']['p50_ms']} | "
                f"{row['latency']['p95_ms']} |"
            )
        lines += ["", f"Server peak resident memory: {queries['server_peak_rss_mb']} MB."]
    slowest = sorted(
        queries["in_process"].get("ask_by_question", {}).items(), key=lambda item: -item[1]
    )[:SLOWEST_SHOWN]
    if slowest:
        lines += ["", "| slowest questions (in process, median) | ms |", "| --- | ---: |"]
        lines += [f"| {question} | {ms} |" for question, ms in slowest]
    return lines


def render(report: dict[str, Any]) -> str:
    meta = report["meta"]
    m = meta["machine"]
    lines = [
        "# govrag bench",
        "",
        f"- date: {meta['date']}",
        f"- command: `{meta['command']}`",
        "- catalog: {catalog}; vectors: {vectors}".format(
            **meta.get("deployment", {"catalog": "sqlite", "vectors": "embedded chroma"})
        ),
        f"- machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory_gb']} GB, {m['platform']}; "
        f"Python {m['python']}, torch {m['torch']} ({m['torch_threads']} threads), "
        f"chromadb {m['chromadb']}",
        f"- load average at start {m['load_average']}, at end {meta['load_average_end']}",
        f"- latency: {meta['questions']} questions x {meta['rounds']} rounds per call, "
        "query-embedding cache off",
        f"- scale corpus vectors: {meta.get('vectors', 'embedded')}; dense search switch "
        f"(retrieval.matrix_max_chunks): {meta.get('matrix_max_chunks', 'default')}",
    ]
    b = report["bundled"]
    if b:
        lines += ["", *_bundled(b)]
    _scale(report, lines)
    return "\n".join(lines) + "\n"


def _bundled(b: dict[str, Any]) -> list[str]:
    lines = ["## Bundled record", ""]
    cold, warm = b["cold"], b["warm"]
    if "cli_cold_s" in b:
        lines.append(f"- `govrag ingest data/sample`, new process and index: {b['cli_cold_s']} s")
    lines += [
        f"- model load: {b['model_load_s']} s",
        f"- ingest with the model loaded: {cold['documents']} documents, {cold['chunks']} "
        f"chunks in {cold['seconds']} s = {cold['docs_per_s']} docs/s, "
        f"{cold['chunks_per_s']} chunks/s; raw encode {cold['raw_encode_chunks_per_s']} "
        f"chunks/s; ratio {cold['ratio']}",
        f"- re-ingest unchanged: {warm['seconds']} s ({warm['embedded']} chunks embedded)",
        f"- first answer after loading the index: {b['queries']['first_answer_s']} s",
        "",
        *_queries(b["queries"]),
    ]
    return lines


def _scale(report: dict[str, Any], lines: list[str]) -> None:
    if report["scale"]:
        lines += [
            "",
            "## Scale corpus",
            "",
            "| target | chunks | records | documents | step docs/s | step chunks/s | "
            "raw encode chunks/s | ratio | bench peak RSS MB |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in report["scale"]:
            step, index = row["ingest_step"], row["index"]
            lines.append(
                f"| {row['target_chunks']} | {index.get('chunks')} | {index.get('records')} | "
                f"{index.get('documents')} | {step['docs_per_s']} | {step['chunks_per_s']} | "
                f"{step['raw_encode_chunks_per_s']} | {step['ratio']} | "
                f"{row['bench_peak_rss_mb']} |"
            )
        reused = [row["ingest_step"] for row in report["scale"]]
        if any("vectors_reused" in step for step in reused):
            lines += [
                "",
                "Vectors reused; encoder not timed at this size: each step embedded "
                + ", ".join(str(step.get("vectors_embedded")) for step in reused)
                + " texts in all and reused a vector for "
                + ", ".join(str(step.get("vectors_reused")) for step in reused)
                + " chunks (running totals), so its chunks/s is the pipeline without the encoder.",
            ]
        for row in report["scale"]:
            lines += [
                "",
                f"### {row['index'].get('chunks')} chunks",
                "",
                f"First answer after loading the index: {row['queries']['first_answer_s']} s.",
                "",
                *_queries(row["queries"]),
            ]
