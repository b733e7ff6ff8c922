"""Build the shipped syllable vectors (``models/embeddings/vi_syllables.npz``) with gensim.

    .venv/bin/python scripts/train_embeddings.py [--shared ../shared] [--out models/embeddings]

Word2Vec (skip-gram, 50 dimensions, window 5, 5 epochs, one worker, a fixed seed and a stable hash, so a
rebuild on the same inputs gives the same file) over the syllables of texts normalised exactly as the
classifier normalises them (``docproc.classify.features.normalise``: NFC, one tone-mark style,
lower case, abbreviations expanded), one sentence per line:

* the 33,759 news articles of ``../shared/data/vntc/train.jsonl.gz`` (law, society, health … of
  2006; the corruption and public-service vocabulary of the press);
* the UIT-VSFC training sentences (``../shared/data/uit_vsfc/train/sents.txt``);
* the ``train`` split of ``corpora/complaints`` and its training-only supplement, three times
  (the dev and test splits are left out, so their scores stay held-out figures).

Syllables seen fewer than five times are dropped. The output holds plain arrays (``words``,
``vectors`` as float16, ``counts``), read with ``numpy.load(allow_pickle=False)``; gensim is
needed only here, not to use the vectors. ``card.md`` beside it records the sources, their
sha256 and the settings. Takes about six minutes on one core.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

SETTINGS = {"vector_size": 50, "window": 5, "min_count": 5, "sg": 1, "negative": 5, "epochs": 5, "seed": 1}
COMPLAINT_REPEATS = 3
_SENTENCE_END = re.compile(r" [.!?;…\n] ")


def stable_hash(text: str) -> int:
    """gensim's seed for a word's starting vector, the same in every process (Python's ``hash``
    of a str changes from one process to the next unless PYTHONHASHSEED is set)."""
    import zlib

    return zlib.crc32(text.encode("utf-8"))


def sentences(text: str) -> Iterator[list[str]]:
    """The syllable lists of the sentences of ``text``, as the classifier normalises it."""
    from docproc.classify.features import clear_cache, normalise

    norm = normalise(text)
    clear_cache()  # a corpus of this size would only fill the cache
    for part in _SENTENCE_END.split(f" {norm} "):
        words = [w for w in part.split() if w[0].isalnum()]
        if len(words) > 2:
            yield words


def corpus(shared: Path) -> tuple[list[list[str]], dict[str, str]]:
    """Every sentence of the sources, and each source file's sha256."""
    from train_complaint_model import load_corpus, load_supplement

    out: list[list[str]] = []
    digests = {}
    vntc = shared / "data" / "vntc" / "train.jsonl.gz"
    uit = shared / "data" / "uit_vsfc" / "train" / "sents.txt"
    for path in (vntc, uit):
        digests[str(path.relative_to(shared))] = hashlib.sha256(path.read_bytes()).hexdigest()
    with gzip.open(vntc, "rt", encoding="utf-8") as f:
        for line in f:
            out.extend(sentences(json.loads(line)["text"]))
    for line in uit.read_text(encoding="utf-8").splitlines():
        out.extend(sentences(line))
    rows, splits = load_corpus()
    complaints = [rows[i]["text"] for i in splits["train"]] + [r["text"] for r in load_supplement()]
    joined = "\n".join(complaints).encode()
    digests["corpora/complaints (train split + supplement)"] = hashlib.sha256(joined).hexdigest()
    for _ in range(COMPLAINT_REPEATS):
        for text in complaints:
            out.extend(sentences(text))
    return out, digests


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "embeddings")
    args = ap.parse_args()

    from gensim.models import Word2Vec

    t = time.perf_counter()
    sents, digests = corpus(args.shared)
    n_tokens = sum(map(len, sents))
    model = Word2Vec(sents, workers=1, hashfxn=stable_hash, **SETTINGS)
    words = list(model.wv.index_to_key)
    counts = np.array([model.wv.get_vecattr(w, "count") for w in words], dtype=np.int64)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "vi_syllables.npz"
    np.savez_compressed(
        target, words=np.asarray(words, dtype=str), vectors=model.wv.vectors.astype(np.float16), counts=counts
    )
    seconds = time.perf_counter() - t
    import gensim

    lines = [
        "# Vietnamese syllable vectors",
        "",
        "Built by `scripts/train_embeddings.py` (see its docstring); used by",
        "`docproc.classify.features.MeaningChannel`, the classifier's optional word-meaning feature",
        "(`docproc train --meaning`).",
        "",
        f"- {len(words)} syllables, {SETTINGS['vector_size']} dimensions (float16), "
        f"from {len(sents)} sentences, {n_tokens} syllables",
        f"- Word2Vec settings: {json.dumps(SETTINGS)}; one worker; gensim {gensim.__version__}",
        f"- complaint texts repeated {COMPLAINT_REPEATS} times; dev and test splits not used",
        "- sources (sha256):",
        *[f"  - `{k}`: `{v}`" for k, v in digests.items()],
        f"- file sha256: `{hashlib.sha256(target.read_bytes()).hexdigest()}`",
        "",
        "The news articles are from 2006, so recent words (VssID, căn cước …) are rare or missing;",
        "syllables outside the table add nothing to the feature.",
    ]
    (args.out / "card.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words)} syllables from {n_tokens} syllables of text in {seconds:.0f} s → {target}")


if __name__ == "__main__":
    main()
