"""Build the labelled complaint corpus from the hand-written sources in raw/.

Standard library only, deterministic (fixed seed).  Run from anywhere:

    python3 corpora/complaints/build_corpus.py          # build data/*.jsonl
    python3 corpora/complaints/build_corpus.py --check  # parse raw/ and report, write nothing
    python3 corpora/complaints/build_corpus.py --supplement  # supplement/ -> supplement.jsonl

Raw format (raw/<style>__<nn>.txt), one text per line:

    CODES DOMAIN REGION | text

* CODES  - letters, one per label (see LABEL_CODES), or "-" for no label
* DOMAIN - one of DOMAINS
* REGION - n / c / s / u (north, central, south, unspecified)
* text   - the complaint; a literal backslash-n ("\\n") stands for a line break

Blank lines and lines starting with "#" are ignored.

Besides the hand-written texts the script derives two kinds of variants from a
seeded sample of hand-written texts (each source used at most once):

* no_diacritics: tone marks and diacritics removed (unicodedata NFD), "đ" -> "d",
  plus, at random, lower-casing and common chat abbreviations (k, ko, dc, cb, ubnd ...);
* ocr_noisy: deterministic OCR-like noise (m -> rn, rn -> m, l -> 1, dropped tone
  marks on some words, broken and merged words, punctuation swaps, stray line breaks).

Derived items keep the labels, domain and region of their source, get their own id and
a "source_id" field, and are written to data/no_diacritics_derived.jsonl and
data/ocr_noisy_derived.jsonl.  The share of derived items is kept under 40 %.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
RAW = HERE / "raw"
DATA = HERE / "data"
SUPPLEMENT_RAW = HERE / "supplement"
SUPPLEMENT = HERE / "supplement.jsonl"

SEED = 20240611

LABELS = [
    "nhung_nhieu",
    "hoi_lo",
    "cham_tre",
    "thai_do",
    "ky_luat_lao_dong",
    "ne_tranh_trach_nhiem",
    "lam_dung_quyen_han",
]
LABEL_CODES = {
    "N": "nhung_nhieu",
    "H": "hoi_lo",
    "C": "cham_tre",
    "T": "thai_do",
    "K": "ky_luat_lao_dong",
    "E": "ne_tranh_trach_nhiem",
    "L": "lam_dung_quyen_han",
}
STYLES = [
    "formal",
    "hotline",
    "social",
    "no_diacritics",
    "ocr_noisy",
    "indirect",
    "long_mixed",
    "press_quote",
]
DOMAINS = [
    "land",
    "residence",
    "permits",
    "insurance",
    "school",
    "hospital",
    "police",
    "tax",
    "one_stop",
    "construction",
    "social_welfare",
    "other",
]
REGIONS = {"n": "north", "c": "central", "s": "south", "u": "unspecified"}

# How many variants to derive, and from which hand-written styles.
N_NODIAC = 420
N_OCR = 500
NODIAC_SOURCES = ["hotline", "social", "indirect", "formal", "press_quote", "long_mixed"]
OCR_SOURCES = ["formal", "press_quote", "long_mixed", "hotline", "indirect"]
MAX_DERIVED_SHARE = 0.40

LINE_RE = re.compile(r"^(?P<codes>[-NHCTKEL]+)\s+(?P<domain>[a-z_]+)\s+(?P<region>[ncsu])\s*\|\s*(?P<text>.+)$")


# --------------------------------------------------------------------------- parsing
def parse_raw(raw: Path = RAW) -> list[dict]:
    items: list[dict] = []
    errors: list[str] = []
    for path in sorted(raw.glob("*.txt")):
        style = path.stem.split("__")[0]
        if style not in STYLES:
            errors.append(f"{path.name}: unknown style {style!r}")
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = LINE_RE.match(line)
            if not m:
                errors.append(f"{path.name}:{lineno}: cannot parse: {line[:80]}")
                continue
            codes = m["codes"]
            if codes == "-":
                labels: list[str] = []
            elif "-" in codes:
                errors.append(f"{path.name}:{lineno}: '-' mixed with labels")
                continue
            else:
                if len(set(codes)) != len(codes):
                    errors.append(f"{path.name}:{lineno}: repeated label code")
                labels = [l for l in LABELS if any(LABEL_CODES[c] == l for c in codes)]
            if m["domain"] not in DOMAINS:
                errors.append(f"{path.name}:{lineno}: unknown domain {m['domain']!r}")
                continue
            text = m["text"].strip().replace("\\n", "\n")
            items.append(
                {
                    "text": text,
                    "labels": labels,
                    "style": style,
                    "domain": m["domain"],
                    "region": REGIONS[m["region"]],
                    "_where": f"{path.name}:{lineno}",
                }
            )
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(f"{len(errors)} error(s) in {raw.name}/")
    # duplicate texts
    seen: dict[str, str] = {}
    for it in items:
        key = " ".join(it["text"].lower().split())
        if key in seen:
            raise SystemExit(f"duplicate text: {it['_where']} and {seen[key]}")
        seen[key] = it["_where"]
    return items


def strip_diacritics(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if unicodedata.category(c) != "Mn"))


# --------------------------------------------------------------------------- region
# A small gazetteer (provinces, big cities, districts and landmarks used in raw/).  A text
# keeps the region written in raw/ only if it names a place: a gazetteer entry or an
# administrative unit followed by a name or number ("xã Tân Thạnh", "phường 5").  Texts
# with no place cue get region "unspecified".  Place names follow the units in use
# before the 2025 reorganisation (provinces before merging, districts).
GAZETTEER = {
    "north": "Hà Nội|Hải Phòng|Quảng Ninh|Hạ Long|Móng Cái|Cẩm Phả|Bắc Giang|Bắc Ninh|Hải Dương|Hưng Yên|Thái Bình|"
    "Nam Định|Ninh Bình|Hà Nam|Phủ Lý|Vĩnh Phúc|Vĩnh Yên|Phúc Yên|Phú Thọ|Thái Nguyên|Tuyên Quang|Lào Cai|"
    "Yên Bái|Sơn La|Điện Biên|Lai Châu|Hòa Bình|Lạng Sơn|Cao Bằng|Hà Giang|Bắc Kạn|Đông Anh|Sóc Sơn|"
    "Gia Lâm|Cầu Giấy|Đống Đa|Hoàng Mai|Hà Đông|Long Biên|Thanh Xuân|Mê Linh|Ba Vì|Sơn Tây|Hoàn Kiếm|"
    "Hai Bà Trưng|Tây Hồ|Ba Đình|Nam Từ Liêm|Bắc Từ Liêm|Thanh Trì|Thường Tín|Thanh Oai|Chương Mỹ|"
    "Hoài Đức|Đan Phượng|Phúc Thọ|Quốc Oai|Thạch Thất|Mỹ Đức|Ứng Hòa|Phú Xuyên|Bạch Mai|Việt Đức|Xanh Pôn|"
    "Pháp Vân|Thủy Nguyên|Tiên Lãng|Lê Chân",
    "central": "Thanh Hóa|Sầm Sơn|Nghệ An|Hà Tĩnh|Quảng Bình|Đồng Hới|Quảng Trị|Đông Hà|Huế|Thừa Thiên|Đà Nẵng|"
    "Quảng Nam|Hội An|Tam Kỳ|Quảng Ngãi|Bình Định|Quy Nhơn|Phú Yên|Tuy Hòa|Khánh Hòa|Nha Trang|"
    "Ninh Thuận|Phan Rang|Bình Thuận|Gia Lai|Pleiku|Kon Tum|Đắk Lắk|Buôn Ma Thuột|Đắk Nông|Lâm Đồng|"
    "Đà Lạt|Bảo Lộc|Hòa Vang|Liên Chiểu|Ngũ Hành Sơn|Cẩm Lệ|Thanh Khê|Hải Châu|Mỹ Khê|Hải Vân|"
    "Thanh Chương|Quỳnh Lưu|Diễn Châu|Hương Khê|Hương Thủy|Hương Trà|Phú Vang|Điện Bàn|Đại Lộc|"
    "Thăng Bình|Duy Xuyên|Núi Thành|Tây Giang|Nam Trà My|Trà Bồng|Sơn Tịnh|Đức Phổ|Mộ Đức|Tư Nghĩa|"
    "Tuy Phước|Phù Mỹ|Krông Pắc|Krông Búk|Cư Kuin|Đắk Hà|Ayun Pa|Đức Trọng|Cam Lâm|Diên Khánh|"
    "Hải Lăng|Triệu Phong|Hướng Hóa|Lệ Thủy|Bố Trạch|Minh Hóa|Quảng Điền|Quế Sơn|Đèo Cả",
    "south": "TP.HCM|TP Hồ Chí Minh|Hồ Chí Minh|Sài Gòn|Bình Dương|Thủ Dầu Một|Đồng Nai|Biên Hòa|Long An|Tân An|"
    "Tiền Giang|Mỹ Tho|Cần Thơ|Sóc Trăng|An Giang|Long Xuyên|Châu Đốc|Kiên Giang|Rạch Giá|Phú Quốc|"
    "Cà Mau|Bạc Liêu|Vĩnh Long|Bến Tre|Trà Vinh|Đồng Tháp|Sa Đéc|Cao Lãnh|Tây Ninh|Bình Phước|Vũng Tàu|"
    "Bà Rịa|Hậu Giang|Vị Thanh|Củ Chi|Thủ Đức|Gò Vấp|Bình Tân|Bình Chánh|Hóc Môn|Nhà Bè|Cần Giờ|"
    "Cần Giuộc|Cần Đước|Bình Thạnh|Tân Phú|Tân Bình|Nhơn Trạch|Long Thành|Bến Lức|Đức Hòa|Cai Lậy|"
    "Chợ Gạo|Chợ Rẫy|Từ Dũ|Bến Thành|Ninh Kiều|Cái Răng|Thuận An|Dĩ An|Bến Cát|Tân Uyên|Trảng Dài|"
    "Trà Cú|Tịnh Biên|Thoại Sơn|Giá Rai|Ngã Bảy|Mỏ Cày|Thạnh Phú|Long Hồ|Phú Thọ Hòa",
}
_ADMIN_NAMED = re.compile(
    r"\b(?i:xa|phuong|huyen|quan|tinh|tp|thanh pho|thi xa|thi tran|ap|thon|ban|kiet|hem|ngo)\s+[A-Z0-9]"
)
# names that, once diacritics are stripped, are also everyday words ("đi ăn", "giá lại",
# "lòng thành"): in texts typed without diacritics they count only when capitalised.
AMBIGUOUS_WITHOUT_DIACRITICS = {"Dĩ An", "Gia Lai", "Long Thành", "Phù Mỹ", "Tân Phú", "Ba Vì", "Hà Nam", "Long Hồ"}


def _alt(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_GAZ_RE = {r: re.compile(r"(?<!\w)(" + _alt(names.split("|")) + r")(?!\w)", re.I) for r, names in GAZETTEER.items()}
_GAZ_RE_FLAT = {
    r: re.compile(
        r"(?<!\w)("
        + _alt([strip_diacritics(n).lower() for n in names.split("|") if n not in AMBIGUOUS_WITHOUT_DIACRITICS])
        + r")(?!\w)"
    )
    for r, names in GAZETTEER.items()
}
_GAZ_RE_FLAT_CAP = {
    r: re.compile(
        r"(?<!\w)("
        + _alt([strip_diacritics(n) for n in names.split("|") if n in AMBIGUOUS_WITHOUT_DIACRITICS] or ["(?!)"])
        + r")(?!\w)"
    )
    for r, names in GAZETTEER.items()
}


def place_regions(text: str) -> set[str]:
    """Regions of the gazetteer places a text names (empty set: none)."""
    if strip_diacritics(text) != text:  # typed with diacritics: match the names as written
        return {r for r, rx in _GAZ_RE.items() if rx.search(text)}
    low = text.lower()
    return {r for r in GAZETTEER if _GAZ_RE_FLAT[r].search(low) or _GAZ_RE_FLAT_CAP[r].search(text)}


def has_place_cue(text: str) -> bool:
    flat = strip_diacritics(text)
    return bool(place_regions(text)) or bool(_ADMIN_NAMED.search(flat))


def normalise_regions(items: list[dict]) -> tuple[int, list[str]]:
    """Set region to "unspecified" when a text names no place; report gazetteer conflicts."""
    changed, conflicts = 0, []
    for it in items:
        if it["region"] != "unspecified" and not has_place_cue(it["text"]):
            it["region"] = "unspecified"
            changed += 1
        found = place_regions(it["text"])
        if found and it["region"] != "unspecified" and it["region"] not in found:
            conflicts.append(f"{it['_where']}: region {it['region']} but names a place in {sorted(found)}")
    return changed, conflicts


# --------------------------------------------------------------------------- variants
# abbreviations people use when typing without diacritics (applied word-boundary-wise)
ABBREV = [
    (r"\bkhông\b", ["k", "ko", "khong", "hok"]),
    (r"\bđược\b", ["dc", "đc", "duoc"]),
    (r"\bcán bộ\b", ["cb", "can bo"]),
    (r"\b[Uu]ỷ ban nhân dân\b|\b[Uu]ỷ ban nhân dân\b|\b[Uu]y ban nhân dân\b", ["ubnd", "UBND"]),
    (r"\bvới\b", ["vs", "voi"]),
    (r"\bgì\b", ["j", "gi"]),
    (r"\bbiết\b", ["bit", "biet"]),
    (r"\btrước\b", ["trc", "truoc"]),
    (r"\bnhư thế nào\b", ["ntn"]),
    (r"\bbây giờ\b", ["bh", "bay gio"]),
    (r"\bngười\b", ["ng", "nguoi"]),
    (r"\bquá\b", ["qa", "qua"]),
]


def to_no_diacritics(text: str, rng: random.Random) -> str:
    out = text
    if rng.random() < 0.6:
        for pat, choices in ABBREV:
            out = re.sub(pat, lambda m: rng.choice(choices) if rng.random() < 0.45 else m.group(0), out)
    out = strip_diacritics(out)
    if rng.random() < 0.5:
        out = out.lower()
    if rng.random() < 0.5:
        out = re.sub(r"\s*\n\s*", " ", out)
    return out


OCR_CHAR_SWAPS = [
    ("m", "rn", 0.10),
    ("rn", "m", 0.5),
    ("l", "1", 0.05),
    ("I", "l", 0.3),
    ("i", "í", 0.02),
    ("đ", "d", 0.10),
    ("ư", "u", 0.06),
    ("ơ", "o", 0.06),
    ("ă", "a", 0.05),
    ("â", "a", 0.04),
    ("ê", "e", 0.04),
    ("e", "c", 0.015),
    ("h", "b", 0.01),
    ("n", "u", 0.01),
    ("o", "0", 0.01),
    ("c", "e", 0.01),
    (",", ".", 0.15),
    (".", ",", 0.05),
]


def _swap_chars(word: str, rng: random.Random) -> str:
    for src, dst, p in OCR_CHAR_SWAPS:
        if src in word and rng.random() < p * 3:  # per word, ~p per occurrence
            idx = word.find(src)
            word = word[:idx] + dst + word[idx + len(src) :]
    return word


def to_ocr_noisy(text: str, rng: random.Random) -> str:
    words = re.split(r"( +)", text)
    out: list[str] = []
    for w in words:
        if not w.strip():
            r = rng.random()
            if r < 0.03:
                continue  # merged words
            if r < 0.05:
                out.append("\n")  # stray line break from the scan layout
                continue
            out.append(w)
            continue
        if rng.random() < 0.12:
            w = strip_diacritics(w)  # tone marks lost
        if rng.random() < 0.25:
            w = _swap_chars(w, rng)
        if len(w) > 3 and rng.random() < 0.04:
            k = rng.randint(1, len(w) - 1)
            w = w[:k] + " " + w[k:]  # broken word
        if rng.random() < 0.006:
            w = w + rng.choice(["|", "~", "'", "`", ";"])
        out.append(w)
    noisy = "".join(out)
    if noisy == text:  # guarantee at least one change
        noisy = noisy.replace("m", "rn", 1) if "m" in noisy else strip_diacritics(noisy[:20]) + noisy[20:]
    return noisy


def derive(items: list[dict]) -> list[dict]:
    rng = random.Random(SEED)
    used: set[int] = set()
    derived: list[dict] = []

    def pick(styles: list[str], n: int) -> list[int]:
        pool = [i for i, it in enumerate(items) if it["style"] in styles and i not in used and "source_id" not in it]
        rng.shuffle(pool)
        # spread over source styles: round-robin through the styles
        by_style: dict[str, list[int]] = {s: [i for i in pool if items[i]["style"] == s] for s in styles}
        chosen: list[int] = []
        while len(chosen) < n and any(by_style.values()):
            for s in styles:
                if by_style[s] and len(chosen) < n:
                    chosen.append(by_style[s].pop())
        used.update(chosen)
        return sorted(chosen)

    for idx in pick(NODIAC_SOURCES, N_NODIAC):
        src = items[idx]
        derived.append(
            {
                **src,
                "text": to_no_diacritics(src["text"], rng),
                "style": "no_diacritics",
                "source_id": src["id"],
                "derivation": "strip_diacritics",
            }
        )
    for idx in pick(OCR_SOURCES, N_OCR):
        src = items[idx]
        derived.append(
            {
                **src,
                "text": to_ocr_noisy(src["text"], rng),
                "style": "ocr_noisy",
                "source_id": src["id"],
                "derivation": "ocr_noise",
            }
        )
    return derived


# --------------------------------------------------------------------------- manual variants
def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", strip_diacritics(text).lower()).split())


def link_manual_variants(items: list[dict], threshold: float = 0.65) -> int:
    """Hand-typed no_diacritics / ocr_noisy texts that re-type another hand-written text.

    Some texts in raw/no_diacritics__01.txt were typed by re-writing an existing comment
    without diacritics.  They are variants, not new texts: link them to the closest
    source (ratio >= threshold, 0.65, on diacritic-free, lower-cased text) so that they get a
    source_id, are counted as derived, and land in the same split as their source.
    """
    import difflib

    keys = [_key(it["text"]) for it in items]
    words = [set(k.split()) for k in keys]
    sources = [i for i, it in enumerate(items) if it["style"] not in ("no_diacritics", "ocr_noisy")]
    linked = 0
    for i, it in enumerate(items):
        if it["style"] not in ("no_diacritics", "ocr_noisy"):
            continue
        # cheap word-overlap prefilter, then an exact character ratio on the 5 best candidates
        cands = sorted(sources, key=lambda j: -len(words[i] & words[j]) / (len(words[i] | words[j]) or 1))[:5]
        best, best_j = 0.0, None
        for j in cands:
            r = difflib.SequenceMatcher(None, keys[j], keys[i], autojunk=False).ratio()
            if r > best:
                best, best_j = r, j
        if best_j is not None and best >= threshold:
            it["source_id"] = items[best_j]["id"]
            it["derivation"] = "manual_retyping"
            linked += 1
    return linked


def near_duplicates(items: list[dict], threshold: float = 0.9) -> list[tuple[str, str, float]]:
    """Pairs of texts (not variants of each other) that are almost the same."""
    import difflib

    keys = [_key(it["text"]) for it in items]
    out = []
    order = sorted(range(len(items)), key=lambda i: len(keys[i]))
    for a in range(len(order)):
        i = order[a]
        sm = difflib.SequenceMatcher(None, autojunk=False)
        sm.set_seq2(keys[i])
        for b in range(a + 1, len(order)):
            j = order[b]
            if len(keys[j]) > len(keys[i]) / threshold * 1.0 + 1:
                break
            if items[i].get("source_id") == items[j]["id"] or items[j].get("source_id") == items[i]["id"]:
                continue
            sm.set_seq1(keys[j])
            if sm.real_quick_ratio() >= threshold and sm.quick_ratio() >= threshold and sm.ratio() >= threshold:
                out.append((items[i]["_where"], items[j]["_where"], round(sm.ratio(), 3)))
    return out


def cross_duplicates(new: list[dict], old: list[dict], threshold: float = 0.7) -> list[tuple[str, str, float]]:
    """Pairs (new text, old text) whose diacritic-free wording is at least ``threshold`` alike.

    A word-overlap prefilter (Jaccard ≥ 0.3) keeps the character ratio to a few candidates."""
    import difflib

    old_keys = [_key(it["text"]) for it in old]
    old_words = [set(k.split()) for k in old_keys]
    out = []
    for it in new:
        key = _key(it["text"])
        words = set(key.split())
        sm = difflib.SequenceMatcher(None, autojunk=False)
        sm.set_seq2(key)
        for j, ow in enumerate(old_words):
            if len(words & ow) < 0.3 * len(words | ow):
                continue
            sm.set_seq1(old_keys[j])
            if sm.quick_ratio() >= threshold and sm.ratio() >= threshold:
                out.append((it["_where"], old[j]["id"], round(sm.ratio(), 3)))
    return out


def build_supplement() -> None:
    """supplement/*.txt -> supplement.jsonl: hand-written texts for training only.

    They are checked against every text of data/ (any split): a supplement text that is 70 %
    alike to a corpus text is refused, so that no dev or test text has a near-copy among the
    training texts. No variants are derived (the trainer makes its own copies without
    diacritics and with scan noise)."""
    items = parse_raw(SUPPLEMENT_RAW)
    for n, it in enumerate(items, 1):
        it["id"] = f"s{n:05d}"
    normalise_regions(items)
    corpus = [json.loads(x) for f in sorted(DATA.glob("*.jsonl")) for x in f.read_text("utf-8").splitlines()]
    dups = near_duplicates(items) + cross_duplicates(items, corpus)
    if dups:
        for d in dups:
            print("near-duplicate:", *d, file=sys.stderr)
        raise SystemExit(f"{len(dups)} near-duplicate pair(s)")
    with open(SUPPLEMENT, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps({k: it[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    none = sum(1 for it in items if not it["labels"])
    print(f"wrote {len(items)} supplement items ({none} without a label) to {SUPPLEMENT.name}")


# --------------------------------------------------------------------------- output
FIELDS = ["id", "text", "labels", "style", "domain", "region"]


def main(argv: list[str]) -> None:
    if "--supplement" in argv:
        build_supplement()
        return
    items = parse_raw()
    for n, it in enumerate(items, 1):
        it["id"] = f"c{n:05d}"
    n_region, conflicts = normalise_regions(items)
    for c in conflicts:
        print("region conflict (check):", c, file=sys.stderr)
    n_manual = link_manual_variants(items)
    dups = near_duplicates(items)
    if dups:
        for d in dups:
            print("near-duplicate:", *d, file=sys.stderr)
        raise SystemExit(f"{len(dups)} near-duplicate pair(s)")
    if "--check" in argv:
        print(f"manual variants linked to a source: {n_manual}; original hand-written: {len(items) - n_manual}")
        print(f"regions set to unspecified (no place named): {n_region}")
        c = Counter(it["style"] for it in items)
        lab = Counter(l for it in items for l in it["labels"])
        none = sum(1 for it in items if not it["labels"])
        print(f"hand-written: {len(items)}  no-label: {none} ({none / len(items):.1%})")
        print("styles:", dict(sorted(c.items())))
        print("labels:", {k: lab[k] for k in LABELS})
        return
    derived = derive(items)
    for n, it in enumerate(derived, len(items) + 1):
        it["id"] = f"c{n:05d}"
    total = len(items) + len(derived)
    n_variants = len(derived) + n_manual
    share = n_variants / total
    if share > MAX_DERIVED_SHARE:
        raise SystemExit(f"derived share {share:.1%} > {MAX_DERIVED_SHARE:.0%}")
    DATA.mkdir(exist_ok=True)
    for old in DATA.glob("*.jsonl"):
        old.unlink()
    files: dict[str, list[dict]] = {}
    for it in items:
        files.setdefault(it["style"], []).append(it)
    for it in derived:
        files.setdefault(it["style"] + "_derived", []).append(it)
    for name, rows in sorted(files.items()):
        with open(DATA / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for it in rows:
                rec = {k: it[k] for k in FIELDS}
                if "source_id" in it:
                    rec["source_id"] = it["source_id"]
                    rec["derivation"] = it["derivation"]
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(
        f"wrote {total} items ({len(items) - n_manual} original, {n_manual} manual variants, "
        f"{len(derived)} script-derived; variants {share:.1%}) "
        f"to {len(files)} files in {DATA.relative_to(HERE.parent.parent)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
