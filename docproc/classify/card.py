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
        "- Pipeline: word n-grams of the text with and without diacritics, negation marked"
        + (" (underthesea word segmentation)" if meta.get("segment") else "")
        + (
            ", and the weighted mean of the syllables' word2vec vectors (`models/embeddings`)"
            if meta.get("meaning")
            else ""
        )
        + "; per label a linear SVM and an NB-SVM, averaged, calibrated on cross-validation folds"
        " and folded into one linear layer (`docproc.classify.linear`)"
        + ("; trained with diacritic-free and scan-noise copies of the texts" if meta.get("augment") else ""),
        f"- Training data: {source} — {meta.get('n_train')} texts for fitting"
        + (f" ({meta.get('n_fit')} with the copies)" if meta.get("augment") else "")
        + (f", {meta.get('n_dev')} for measuring" if meta.get("n_dev") else "")
        + f"; sha256 of texts and labels `{meta.get('data_sha256')}`",
        "- Thresholds per label ("
        + {
            "dev": "tuned for F1 on dev",
            "cross-validation": "tuned for F1 on out-of-fold probabilities",
            "a fixed value": "one value for all",
        }.get(meta.get("thresholds_from", "dev"), "")
        + "): "
        + ", ".join(f"`{k}` {v:.2f}" for k, v in model.thresholds.items()),
        "- Saved with skops; loading accepts only the types listed in `docproc.classify.model.TRUSTED`.",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in (meta.get("versions") or {}).items()),
        "",
    ]
    names = {"cv": "the training texts, out-of-fold (cross-validation)"}
    for split, m in (meta.get("metrics") or {}).items():
        title = f"## Scores on {names.get(split, split)} (n = {m['n']})"
        lines += [title, "", "| label | P | R | F1 |", "|---|---|---|---|"]
        lines += [
            f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |" for k, v in m["per_label"].items()
        ]
        ci = m.get("macro_f1_ci95")
        spread = f" (95 % interval over resampled texts {ci[0]:.3f}–{ci[1]:.3f})" if ci else ""
        lines += ["", f"macro F1 {m['macro_f1']:.3f}{spread}, micro F1 {m['micro_f1']:.3f}", ""]
    if notes:
        lines += ["## Notes", "", notes, ""]
    path = Path(directory) / "card.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
