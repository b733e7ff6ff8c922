"""The model card written beside a model: what it is, what it was trained on, how it scores."""

from __future__ import annotations

from pathlib import Path

from docproc.classify.model import Model


def write_card(model: Model, directory: str | Path, source: str = "", notes: str = "") -> Path:
    meta = model.meta
    lines = [
        "# Model card",
        "",
        f"- Task: {'multi-label' if model.multi_label else 'single-label'} text classification, labels: "
        + ", ".join(f"`{lab}`" for lab in model.labels),
        "- Pipeline: character 2–5-grams (with and without diacritics) + word 1–2-grams with negation marked"
        + (" (underthesea word segmentation)" if meta.get("segment") else "")
        + "; one-vs-rest linear SVMs with sigmoid calibration"
        if model.multi_label
        else "; multinomial logistic regression",
        f"- Training data: {source} — {meta.get('n_train')} texts for fitting, {meta.get('n_dev')} for thresholds;"
        f" sha256 of texts and labels `{meta.get('data_sha256')}`",
        "- Thresholds per label (tuned on dev for F1): "
        + ", ".join(f"`{k}` {v:.2f}" for k, v in model.thresholds.items()),
        "- Saved with skops; loading accepts only the types listed in `docproc.classify.model.TRUSTED`.",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in (meta.get("versions") or {}).items()),
        "",
    ]
    for split, m in (meta.get("metrics") or {}).items():
        lines += [f"## Scores on {split} (n = {m['n']})", "", "| label | P | R | F1 |", "|---|---|---|---|"]
        lines += [
            f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |" for k, v in m["per_label"].items()
        ]
        lines += ["", f"macro F1 {m['macro_f1']:.3f}, micro F1 {m['micro_f1']:.3f}", ""]
    if notes:
        lines += ["## Notes", "", notes, ""]
    path = Path(directory) / "card.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
