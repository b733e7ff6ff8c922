"""Build ``corpora/samples/``: real public documents in every format docproc reads.

    .venv/bin/python corpora/build_samples.py [--shared ../shared/data]

The samples are committed, so nothing here runs at install or test time; this script records
how each was made (State documents are not subject to copyright):
- ``chi_thi_soc_trang_sao_y_my_tu.txt``: the seed Party directive (plain UTF-8 text);
- ``cong_van_2864_LDTBXH.md``: a công văn as saved from thuvienphapluat.vn (Markdown tables);
- ``nd_28-2021-ND-CP_page1_scan.jpg``: a real scanned first page with a ĐẾN stamp;
- ``tt_06-2026-TT-BGDDT.pdf``: the header and preamble of a real Thông tư typeset as a
  two-column text PDF;
- ``tt_06-2026-TT-BGDDT.docx``: the same document as a DOCX with a two-column header table;
- ``bao_nam_dinh_2021_04.html``: the seed press article as a web page with navigation;
- ``chi_thi_soc_trang_tcvn3.txt``: the first part of the seed directive in the TCVN3 (ABC)
  font encoding, as archives hold it;
- ``nd_155-2020-ND-CP_page1_scan.pdf``: a real scanned page (ĐẾN stamp, handwritten number)
  wrapped as an image-only PDF, as scanners deliver them.
"""

from __future__ import annotations

import argparse
import html
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def press_html(text: str) -> str:
    """A web page around the seed press article: navigation, headline, paragraphs, footer."""
    first, *rest = [p.strip() for p in text.split("\n\n") if p.strip()]
    # the seed's first line is "date YYYY-MM Headline"
    _, month, headline = first.split(" ", 2)
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in rest)
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(headline)} - Báo Nam Định</title>
<meta property="article:published_time" content="{month}-15T08:00:00+07:00"></head>
<body><header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/chinh-tri">Chính trị</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav></header>
<main><article><h1>{html.escape(headline)}</h1>
{paras}
</article></main>
<aside><h3>Tin cùng chuyên mục</h3><ul><li><a href="/a">Hội nghị tổng kết công tác cải cách hành chính</a></li>
</ul></aside>
<footer><p>Báo Nam Định điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args()
    out = HERE / "samples"
    out.mkdir(exist_ok=True)
    seeds = args.shared / "seeds"

    directive = seeds / "chi_thi_soc_trang_sao_y_my_tu.txt"
    shutil.copyfile(directive, out / directive.name)
    shutil.copyfile(args.shared / "admin_docs" / "congbot" / "file_data_31.md", out / "cong_van_2864_LDTBXH.md")
    shutil.copyfile(args.shared / "scans" / "nd_28-2021-ND-CP_page1_scan.jpg", out / "nd_28-2021-ND-CP_page1_scan.jpg")

    import builders

    builders.two_column_pdf(out / "tt_06-2026-TT-BGDDT.pdf")
    builders.header_docx(out / "tt_06-2026-TT-BGDDT.docx")

    press = (seeds / "bao_nam_dinh_2021_04.txt").read_text(encoding="utf-8")
    (out / "bao_nam_dinh_2021_04.html").write_text(press_html(press), encoding="utf-8")

    from docproc.readers.legacy import encode_legacy_bytes

    text = directive.read_text(encoding="utf-8")
    part = text[: text.index("2. Phát huy")]
    (out / "chi_thi_soc_trang_tcvn3.txt").write_bytes(encode_legacy_bytes(part, "tcvn3"))

    from PIL import Image

    with Image.open(args.shared / "scans" / "nd_155-2020-ND-CP_page1_scan.jpg") as im:
        im.save(out / "nd_155-2020-ND-CP_page1_scan.pdf", "PDF", resolution=200.0)
    for p in sorted(out.iterdir()):
        print(f"{p.name:45s} {p.stat().st_size:>9,d} bytes")


if __name__ == "__main__":
    main()
