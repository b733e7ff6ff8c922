"""Warm-up of the batch pool's fork server.

``docproc.batch`` starts its workers with the ``forkserver`` method and names this module as
the server's preload: the server imports it once, which imports the readers and extractors and
runs them on the short text below, so that their patterns are compiled and their data files
loaded. Every worker (and every worker of a recycled pool) is forked from that warm server:
starting one costs a fork, not an interpreter, the imports and a first slow document.
"""

from __future__ import annotations

import contextlib

SAMPLE = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Triển khai thực hiện Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;

I. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính, Văn phòng UBND tỉnh theo dõi, đôn đốc
việc thực hiện Kế hoạch này; báo cáo kết quả về UBND tỉnh trước ngày 15/12/2024.
2. Giao UBND các huyện, thị xã, thành phố định kỳ hằng quý báo cáo tình hình thực hiện.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
"""


def warm() -> None:
    """Read and extract :data:`SAMPLE` once (compiles the patterns, loads the data files)."""
    from docproc.extract import extract
    from docproc.readers import read

    extract(read(SAMPLE.encode("utf-8"), name="warm-up.txt"))


# Only an optimisation: should the warm-up fail, the workers warm up on their first document.
with contextlib.suppress(Exception):
    warm()
