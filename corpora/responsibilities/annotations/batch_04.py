# vbpl batch 4: Quyết định TTg / Nghị định "Tổ chức thực hiện"
I = "inh"
B4 = ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ"]
def std(item, find, names, **kw):
    U(item, find, [(n, "execute") for n in names], action="chịu trách nhiệm thi hành", **kw)

D("doc_000081", "vbpl/doc_000081.txt")
NH = "Ngân hàng Chính sách xã hội"
UB = "Ủy ban nhân dân các cấp"
U("Điều 16.1.a", "a) Hướng dẫn chi tiết về hồ sơ vay vốn", [(NH, "execute", I)], action="Hướng dẫn chi tiết")
U("Điều 16.1.b", "b) Quản lý và sử dụng nguồn vốn, thực hiện cho vay đúng đối tượng, đủ điều kiện, đúng mục đích, rõ ràng, công khai và minh bạch;",
  [(NH, "execute", I)], action="Quản lý và sử dụng nguồn vốn, thực hiện cho vay", exact=True)
U("Điều 16.1.b", "định kỳ chủ trì, phối hợp với các tổ chức chính trị - xã hội, các cơ sở giáo dục đại học, cơ sở giáo dục nghề nghiệp và cơ quan liên quan để thực hiện việc kiểm tra, giám sát quá trình sử dụng vốn vay của khách hàng nhằm bảo đảm việc sử dụng vốn vay đúng mục đích, tạo điều kiện thuận lợi cho người học trong việc vay vốn và khả năng thu hồi vốn vay;",
  [(NH, "lead", I), ("các tổ chức chính trị - xã hội", "cooperate"), ("các cơ sở giáo dục đại học", "cooperate"),
   ("cơ sở giáo dục nghề nghiệp", "cooperate"), ("cơ quan liên quan", "cooperate")],
  action="thực hiện việc kiểm tra, giám sát", deadline="định kỳ", exact=True)
U("Điều 16.1.c", "c) Định kỳ rà soát, kiểm tra, đánh giá tình hình thực hiện cho vay",
  [(NH, "monitor", I), ("cấp có thẩm quyền", "report_to")], action="rà soát, kiểm tra, đánh giá",
  deadline="Định kỳ", report_to="cấp có thẩm quyền")
U("Điều 16.1.d", "d) Báo cáo Bộ Tài chính, Bộ Giáo dục và Đào tạo và Ngân hàng Nhà nước Việt Nam",
  [(NH, "execute", I), ("Bộ Tài chính", "report_to"), ("Bộ Giáo dục và Đào tạo", "report_to"),
   ("Ngân hàng Nhà nước Việt Nam", "report_to")], action="Báo cáo", report_to="Bộ Tài chính")
U("Điều 16.1.đ", "đ) Báo cáo Bộ Tài chính để trình cấp có thẩm quyền",
  [(NH, "execute", I), ("Bộ Tài chính", "report_to")], action="Báo cáo", report_to="Bộ Tài chính")
U("Điều 16.1.e", "e) Phối hợp với các bộ, ngành báo cáo cấp có thẩm quyền",
  [(NH, "cooperate", I), ("các bộ, ngành", "cooperate"), ("cấp có thẩm quyền", "report_to")],
  action="báo cáo", report_to="cấp có thẩm quyền")
U("Điều 16.2.a", "a) Chủ trì, phối hợp với các bộ, cơ quan liên quan và Ngân hàng Chính sách xã hội báo cáo Thủ tướng",
  [("Bộ Tài chính", "lead", I), ("các bộ, cơ quan liên quan", "cooperate"), (NH, "cooperate"),
   ("Thủ tướng Chính phủ", "report_to")], action="báo cáo", report_to="Thủ tướng Chính phủ")
U("Điều 16.2.b", "b) Trên cơ sở báo cáo của Ngân hàng Chính sách xã hội, chủ trì",
  [("Bộ Tài chính", "lead", I), ("các bộ, cơ quan liên quan", "cooperate"), ("cấp có thẩm quyền", "report_to")],
  action="báo cáo", report_to="cấp có thẩm quyền")
U("Điều 16.3", "3. Bộ Giáo dục và Đào tạo: Hướng dẫn các cơ sở giáo dục", [("Bộ Giáo dục và Đào tạo", "execute"),
  ("các cơ sở giáo dục", "cooperate"), (UB, "cooperate"), (NH, "cooperate")],
  action="Hướng dẫn")
U("Điều 16.4.a", "a) Hằng năm, báo cáo cấp có thẩm quyền xem xét, phê duyệt bố trí nguồn vốn",
  [(UB, "execute", I), ("cấp có thẩm quyền", "report_to")], action="báo cáo", deadline="Hằng năm",
  report_to="cấp có thẩm quyền")
U("Điều 16.4.b", "b) Phối hợp với Ngân hàng Chính sách xã hội và các cơ sở giáo dục trên địa bàn",
  [(UB, "cooperate", I), (NH, "cooperate"), ("các cơ sở giáo dục trên địa bàn", "cooperate")],
  action="tổ chức tuyên truyền và thực hiện chính sách")
U("Điều 16.4.c", "c) Phối hợp với Ngân hàng Chính sách xã hội thực hiện các biện pháp thu hồi nợ vay",
  [(UB, "cooperate", I), (NH, "cooperate")], action="thực hiện các biện pháp thu hồi nợ vay")
CS = [("Các cơ sở giáo dục đại học", "execute", I), ("cơ sở giáo dục nghề nghiệp", "execute", I)]
U("Điều 16.5.a", "a) Thực hiện việc xác nhận cho người học tại Tờ khai", CS, action="Thực hiện việc xác nhận")
U("Điều 16.5.b", "b) Thông báo cho Ngân hàng Chính sách xã hội trong trường hợp người học", CS, action="Thông báo")
U("Điều 16.5.c", "c) Phối hợp với Ủy ban nhân dân các cấp và Ngân hàng Chính sách xã hội tổ chức tuyên truyền",
  [(n, "cooperate", x) for n, _, x in CS] + [(UB, "cooperate"), (NH, "cooperate")], action="tổ chức tuyên truyền và thực hiện chính sách")
U("Điều 16.5.d", "d) Phối hợp với Ngân hàng Chính sách xã hội thực hiện việc kiểm tra, giám sát",
  [(n, "cooperate", x) for n, _, x in CS] + [(NH, "cooperate")], action="thực hiện việc kiểm tra, giám sát")
std("Điều 17.4", "4. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
    B4 + ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "Chủ tịch Hội đồng quản trị",
          "Tổng Giám đốc Ngân hàng Chính sách xã hội"])

D("doc_000110", "vbpl/doc_000110.txt")
CA = "Bộ Công an"
U("Điều 6.1.a", "a) Chủ trì, phối hợp với các bộ, cơ quan trung ương có liên quan xây dựng phương án phân bổ vốn ngân sách trung ương trung hạn",
  [(CA, "lead", I), ("các bộ, cơ quan trung ương có liên quan", "cooperate"), ("Bộ Tài chính", "report_to")],
  action="xây dựng phương án phân bổ vốn ngân sách trung ương", report_to="Bộ Tài chính")
U("Điều 6.1.b", "b) Thông báo mức dự kiến kinh phí sự nghiệp", [(CA, "execute", I)], action="Thông báo mức dự kiến kinh phí sự nghiệp")
U("Điều 6.1.c", "c) Chủ trì, phối hợp với các bộ, cơ quan trung ương có liên quan và các địa phương",
  [(CA, "lead", I), ("các bộ, cơ quan trung ương có liên quan", "cooperate"), ("các địa phương", "cooperate"),
   ("Bộ Tài chính", "report_to")], action="xây dựng phương án phân bổ vốn ngân sách trung ương", report_to="Bộ Tài chính")
U("Điều 6.1.d", "d) Định kỳ hằng năm, hai năm một lần rà soát",
  [(CA, "execute", I), ("Bộ Tài chính", "cooperate"), ("cấp có thẩm quyền", "report_to")],
  action="rà soát, tổng hợp", deadline="Định kỳ hằng năm, hai năm một lần", report_to="cấp có thẩm quyền")
U("Điều 6.1.đ", "đ) Chủ trì, phối hợp với Bộ Tài chính tổng hợp kết quả bố trí vốn",
  [("Bộ Công an", "lead"), ("Bộ Tài chính", "cooperate"), ("Thủ tướng Chính phủ", "report_to")],
  action="tổng hợp kết quả bố trí vốn", deadline="hằng năm", report_to="Thủ tướng Chính phủ")
U("Điều 6.1.e", "e) Hướng dẫn các bộ, cơ quan trung ương, các địa phương tổ chức triển khai",
  [(CA, "execute", I), ("các bộ, cơ quan trung ương", "execute"), ("các địa phương", "execute")],
  action="Hướng dẫn")
U("Điều 6.2", "Trên cơ sở đề xuất của cơ quan Chủ Chương trình (Bộ Công an), Bộ Tài chính cân đối",
  [("Bộ Tài chính", "execute")], action="cân đối nguồn vốn ngân sách trung ương")
U("Điều 6.3", "Lập kế hoạch đầu tư công trung hạn, hằng năm vốn ngân sách trung ương; để triển khai",
  [("các bộ, cơ quan trung ương được giao chủ trì các Dự án, Tiểu dự án thành phần và tham gia thực hiện Chương trình", "execute", I),
   ("Bộ Công an", "report_to")], action="Lập kế hoạch đầu tư công trung hạn, hằng năm", report_to="Bộ Công an")
U("Điều 6.4", "Ủy ban nhân dân cấp tỉnh lập kế hoạch đầu tư công trung hạn giai đoạn 2026-2030",
  [("Ủy ban nhân dân cấp tỉnh", "execute"), ("Bộ Công an", "report_to")],
  action="lập kế hoạch đầu tư công trung hạn", report_to="Bộ Công an")
std("Điều 8", "Thủ trưởng các cơ quan, đơn vị sử dụng vốn ngân sách trung ương (bao gồm",
    B4 + ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
          "Thủ trưởng các cơ quan, đơn vị sử dụng vốn ngân sách trung ương"])

D("doc_000288", "vbpl/doc_000288.txt")
NG = "Bộ Ngoại giao"
U("Điều 2.1.a", "a) Tiếp nhận các nhiệm vụ của Quỹ Bảo hộ công dân", [(NG, "execute", I)], action="Tiếp nhận các nhiệm vụ")
U("Điều 2.1.b", "b) Chủ trì, phối hợp với các Bộ, cơ quan liên quan về tổ chức tuyên truyền",
  [(NG, "lead", I), ("các Bộ, cơ quan liên quan", "cooperate")], action="tổ chức tuyên truyền")
U("Điều 2.2", "2. Trên cơ sở đề xuất của Bộ Ngoại giao, Bộ Tài chính tổng hợp",
  [("Bộ Tài chính", "execute")], action="tổng hợp, trình cấp có thẩm quyền bố trí kinh phí")
std("Điều 3.3", "3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
    B4 + ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "các tổ chức, và cá nhân có liên quan"])

D("doc_000584", "vbpl/doc_000584.txt")
U("Điều 10.1", "1. Bộ Nội vụ kiểm tra, hướng dẫn Ủy ban nhân dân các cấp", [("Bộ Nội vụ", "monitor")],
  action="kiểm tra, hướng dẫn")
U("Điều 10.2", "2. Ủy ban nhân dân cấp tỉnh có trách nhiệm tổ chức lấy ý kiến Nhân dân",
  [("Ủy ban nhân dân cấp tỉnh", "execute")], action="tổ chức lấy ý kiến Nhân dân")
std("Điều 10.3", "3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
    B4 + ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "các tổ chức, cá nhân có liên quan"])
