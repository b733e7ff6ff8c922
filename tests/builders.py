"""Builders of small real-looking documents for reader tests (content from real public
documents: the header of Thông tư 06/2026/TT-BGDĐT and its signature block)."""

from __future__ import annotations

from pathlib import Path

FONT_DIRS = ("/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation")

HEADER_LEFT = ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 06/2026/TT-BGDĐT"]
HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hà Nội, ngày 15 tháng 02 năm 2026",
]
TITLE = [
    "THÔNG TƯ",
    "Ban hành Quy chế tuyển sinh các ngành đào tạo trình độ đại học",
    "và ngành Giáo dục Mầm non trình độ cao đẳng",
]
BODY = [
    "Căn cứ Luật Giáo dục số 43/2019/QH14, được sửa đổi bởi Luật Giáo dục 123/2025/QH15;",
    "Căn cứ Nghị định số 37/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng,",
    "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;",
]
SIGN_LEFT = ["Nơi nhận:", "- Văn phòng Chính phủ;", "- Lưu: VT, GDĐH."]
SIGN_RIGHT = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Văn Phúc"]


def _font(bold: bool = False) -> str:
    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    for d in FONT_DIRS:
        if (Path(d) / name).is_file():
            return str(Path(d) / name)
    raise FileNotFoundError("Liberation Serif not found: apt-get install fonts-liberation2")


def two_column_pdf(path: Path) -> Path:
    """Page 1: the two-column header and the preamble; page 2: the two-column signature block."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DPSerif", _font()))
    pdfmetrics.registerFont(TTFont("DPSerifBold", _font(bold=True)))
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    lx, rx = 150.0, 400.0

    def centred(x: float, y: float, text: str, bold: bool = False, size: float = 13) -> None:
        c.setFont("DPSerifBold" if bold else "DPSerif", size)
        c.drawCentredString(x, y, text)

    centred(lx, height - 60, HEADER_LEFT[0], True, 12)
    centred(rx, height - 60, HEADER_RIGHT[0], True, 12)
    centred(rx, height - 76, HEADER_RIGHT[1], True)
    centred(lx, height - 100, HEADER_LEFT[1])
    c.setFont("DPSerif", 13)
    c.drawString(300, height - 100, HEADER_RIGHT[2])
    centred(width / 2, height - 140, TITLE[0], True, 14)
    centred(width / 2, height - 158, TITLE[1], True)
    centred(width / 2, height - 174, TITLE[2], True)
    y = height - 210
    for line in BODY:
        c.setFont("DPSerif", 13)
        c.drawString(85, y, line)
        y -= 18
    c.showPage()
    y = height - 100
    for i in range(3):
        c.setFont("DPSerifBold" if i == 0 else "DPSerif", 12 if i == 0 else 11)
        c.drawString(85, y, SIGN_LEFT[i])
        if i < 2:
            centred(rx, y, SIGN_RIGHT[i], True)
        y -= 15
    centred(rx, y - 45, SIGN_RIGHT[2], True)
    c.showPage()
    c.save()
    return path


def header_docx(path: Path) -> Path:
    """A DOCX whose header is a two-column table, as ministries type them."""
    import docx

    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = HEADER_LEFT[0]
    table.cell(0, 1).text = "\n".join(HEADER_RIGHT[:2])
    table.cell(1, 0).text = HEADER_LEFT[1]
    table.cell(1, 1).text = HEADER_RIGHT[2]
    for line in TITLE:
        d.add_paragraph(line)
    for line in BODY[:1]:
        d.add_paragraph(line)
    d.add_paragraph(BODY[1] + " " + BODY[2])
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "\n".join(SIGN_LEFT)
    sign.cell(0, 1).text = "\n".join(SIGN_RIGHT)
    d.core_properties.title = "Thông tư 06/2026/TT-BGDĐT"
    d.save(str(path))
    return path


PRESS_HTML = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>Tạo chuyển biến trong thực hiện đạo đức công vụ và kỷ cương hành chính - Báo Nam Định</title>
<meta property="article:published_time" content="2021-04-12T08:00:00+07:00"></head>
<body><header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/kinh-te">Kinh tế</a></li><li><a href="/van-hoa">Văn hóa - Xã hội</a></li></ul></nav></header>
<main><article><h1>Tạo chuyển biến trong thực hiện đạo đức công vụ và kỷ cương hành chính</h1>
<p>Thời gian qua, các cấp chính quyền trong tỉnh tập trung chỉ đạo, thực hiện các giải pháp nâng cao đạo đức công vụ
và việc chấp hành kỷ luật, kỷ cương hành chính của đội ngũ cán bộ, công chức, viên chức.</p>
<p>UBND tỉnh đã ban hành Chỉ thị số 11/CT-UBND, ngày 9-9-2016 về việc “Chấn chỉnh kỷ luật, kỷ cương, đạo đức công vụ
trong các cơ quan hành chính Nhà nước các cấp của tỉnh Nam Định”.</p>
<p>Bên cạnh đó, kiên quyết thay thế hoặc xử lý kỷ luật nghiêm đối với cán bộ, công chức, viên chức có hành vi vi phạm
theo Nghị định 112/2020/NĐ-CP của Chính phủ về xử lý kỷ luật cán bộ, công chức, viên chức./.</p>
</article></main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Khai mạc hội chợ xuân</a></li></ul></aside>
<footer><p>Bản quyền thuộc Báo Nam Định. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>"""
