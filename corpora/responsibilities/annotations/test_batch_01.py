# TEST batch 1 (vbpl): Nghị định, Quyết định TTg, Thông tư, Nghị quyết CP — held-out, annotated by reading only
I = "inh"

D("doc_000026", "vbpl/doc_000026.txt")   # Nghị định 28/2026/NĐ-CP (danh mục chất ma túy)
U("Điều 2.1", "1. Bộ Công an có trách nhiệm quản lý nhà nước các chất ma túy", [("Bộ Công an", "execute")],
  action="quản lý nhà nước")
U("Điều 2.2", "2. Bộ Công Thương có trách nhiệm quản lý nhà nước", [("Bộ Công Thương", "execute")], action="quản lý nhà nước")
U("Điều 2.3", "3. Bộ Y tế có trách nhiệm ban hành danh mục", [("Bộ Y tế", "execute")],
  action="ban hành danh mục và quản lý nhà nước")
U("Điều 2.4", "4. Bộ Nông nghiệp và Môi trường có trách nhiệm ban hành danh mục", [("Bộ Nông nghiệp và Môi trường", "execute")],
  action="ban hành danh mục và quản lý nhà nước")
U("Điều 2.5", "5. Bộ Quốc phòng có trách nhiệm quản lý nhà nước", [("Bộ Quốc phòng", "execute")], action="quản lý nhà nước")
U("Điều 3.5", "5. Bộ trưởng Bộ Công an, các Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
  [("Bộ trưởng Bộ Công an", "execute"), ("các Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang bộ", "execute"),
   ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
   ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "execute"),
   ("tổ chức, cá nhân có liên quan", "execute")], action="chịu trách nhiệm thi hành")
U("Điều 3.6", "6. Khi phát hiện chất mới chưa có trong các danh mục",
  [("Bộ Công an", "lead"), ("Bộ Y tế", "cooperate"), ("Bộ Công Thương", "cooperate"), ("Bộ Khoa học và Công nghệ", "cooperate"),
   ("Bộ Nông nghiệp và Môi trường", "cooperate"), ("Bộ Quốc phòng", "cooperate"), ("các cơ quan có liên quan", "cooperate")],
  action="xem xét, trình Chính phủ sửa đổi, bổ sung và công bố các danh mục đó")

D("doc_000588", "vbpl/doc_000588.txt")   # Quyết định 39/2025/QĐ-TTg (Tủ sách pháp luật điện tử quốc gia)
U("Điều 2.1", "1. Tủ sách pháp luật điện tử quốc gia do Bộ Tư pháp chủ trì", [("Bộ Tư pháp", "lead")],
  action="xây dựng và quản lý thống nhất")
U("Điều 3.3", "3. Việc tiếp tục duy trì, xây dựng, quản lý, khai thác Tủ sách pháp luật",
  [("Bộ trưởng Bộ Quốc phòng", "execute"), ("Bộ trưởng Bộ Công an", "execute")],
  action="quyết định và chịu trách nhiệm thực hiện")
U("Điều 5.3", "3. Bộ Tư pháp chủ trì, phối hợp với Bộ Văn hóa",
  [("Bộ Tư pháp", "lead"), ("Bộ Văn hóa, Thể thao và Du lịch", "cooperate"), ("Bộ Khoa học và Công nghệ", "cooperate"),
   ("Bộ Giáo dục và Đào tạo", "cooperate")],
  action="hướng dẫn thực hiện việc rà soát, hợp nhất Tủ sách pháp luật", deadline="trước ngày 30 tháng 6 năm 2026")
U("Điều 6", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân cấp tỉnh và người",
  [("Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang bộ", "execute"), ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
   ("Chủ tịch Ủy ban nhân dân cấp tỉnh", "execute"), ("người đứng đầu các cơ quan, tổ chức liên quan", "execute")],
  action="chịu trách nhiệm thi hành")

D("doc_000560", "vbpl/doc_000560.txt")   # Thông tư 36/2025/TT-BXD (giá dịch vụ kiểm định)
CDK = "Cục Đăng kiểm Việt Nam"
U("Điều 3.1.a", "a) Tổ chức triển khai thực hiện Thông tư này.", [(CDK, "execute", I)], action="Tổ chức triển khai thực hiện")
U("Điều 3.1.b", "b) Tổ chức thực hiện việc tiếp nhận văn bản kê khai giá", [(CDK, "execute", I)],
  action="Tổ chức thực hiện việc tiếp nhận văn bản kê khai giá")
U("Điều 3.2", "2. Tổ chức kiểm định có trách nhiệm kê khai", [("Tổ chức kiểm định", "execute")],
  action="kê khai, niêm yết, công khai thông tin về giá")

D("doc_000029", "vbpl/doc_000029.txt")   # Nghị quyết 66.7/2025/NQ-CP (cắt giảm TTHC dựa trên dữ liệu)
U("Điều 5.2", "2. Cơ quan giải quyết thủ tục hành chính có trách nhiệm khai thác",
  [("Cơ quan giải quyết thủ tục hành chính", "execute")], action="khai thác, sử dụng thông tin")
CQ = "Các cơ quan chủ quản cơ sở dữ liệu"
U("Điều 6.1", "1. Tổ chức cập nhật kịp thời, đầy đủ thông tin trong cơ sở dữ liệu",
  [(CQ, "execute", I), ("các Bộ trưởng", "report_to"), ("Thủ trưởng cơ quan ngang bộ", "report_to"),
   ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "report_to")],
  action="Tổ chức cập nhật kịp thời, đầy đủ thông tin trong cơ sở dữ liệu và công bố", report_to="các Bộ trưởng")
U("Điều 6.2", "2. Hướng dẫn bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố kết nối",
  [(CQ, "execute", I), ("bộ", "execute"), ("cơ quan ngang bộ", "execute"), ("Ủy ban nhân dân tỉnh, thành phố", "execute")],
  action="Hướng dẫn", deadline="trước ngày 01 tháng 01 năm 2026")
U("Điều 6.3", "3. Hoàn thành việc rà soát, khắc phục sai sót", [(CQ, "execute", I)],
  action="Hoàn thành việc rà soát, khắc phục sai sót, cập nhật", deadline="trước ngày 01 tháng 01 năm 2026")
BT = [("Bộ trưởng", "execute", I), ("Thủ trưởng cơ quan ngang bộ", "execute", I)]
U("Điều 7.1.a", "a) Đối với các thủ tục hành chính có thành phần hồ sơ được thay thế bằng dữ liệu được công bố", BT,
  action="hoàn thành việc tái cấu trúc quy trình giải quyết thủ tục hành chính",
  deadline="trong thời hạn 15 ngày kể từ ngày công bố")
U("Điều 7.1.b", "b) Hoàn thành, công bố tái cấu trúc quy trình", BT,
  action="Hoàn thành, công bố tái cấu trúc quy trình giải quyết thủ tục hành chính", deadline="trước ngày 01 tháng 01 năm 2026")
U("Điều 7.1.c", "c) Bảo đảm các điều kiện về hạ tầng công nghệ", BT, action="Bảo đảm các điều kiện về hạ tầng công nghệ")
U("Điều 7.1.d", "d) Ban hành theo thẩm quyền hoặc trình cơ quan", BT,
  action="Ban hành theo thẩm quyền hoặc trình cơ quan, cá nhân có thẩm quyền ban hành văn bản quy phạm pháp luật",
  deadline="trước ngày 01 tháng 3 năm 2027")
U("Điều 7.1.đ", "đ) Công bố quy trình giải quyết thủ tục hành chính", BT,
  action="Công bố quy trình giải quyết thủ tục hành chính")
CT = [("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "execute", I)]
U("Điều 7.2.a", "a) Hoàn thành tái cấu trúc quy trình giải quyết thủ tục hành chính và công bố", CT,
  action="Hoàn thành tái cấu trúc quy trình giải quyết thủ tục hành chính và công bố", deadline="trước ngày 01 tháng 01 năm 2026")
U("Điều 7.2.b", "b) Tổ chức thực hiện việc số hóa", CT, action="Tổ chức thực hiện việc số hóa, cập nhật đầy đủ, chính xác dữ liệu")
U("Điều 9.1", "1. Bộ Công an có trách nhiệm theo dõi, đôn đốc, kiểm tra", [("Bộ Công an", "monitor")],
  action="theo dõi, đôn đốc, kiểm tra")
U("Điều 9.2", "2. Bộ Khoa học và Công nghệ có trách nhiệm hướng dẫn kiến trúc", [("Bộ Khoa học và Công nghệ", "execute")],
  action="hướng dẫn kiến trúc Hệ thống thông tin giải quyết thủ tục hành chính")
U("Điều 9.3", "3. Văn phòng Chính phủ có trách nhiệm theo dõi", [("Văn phòng Chính phủ", "monitor")],
  action="theo dõi, đôn đốc, kiểm tra")
U("Điều 9.4", "4. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành",
  [("Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang bộ", "execute"),
   ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "execute")], action="chịu trách nhiệm thi hành")
U("Điều 9", "Hội đồng nhân dân, các ban của Hội đồng nhân dân, đại biểu",
  [("Hội đồng nhân dân", "monitor"), ("các ban của Hội đồng nhân dân", "monitor"), ("đại biểu Hội đồng nhân dân", "monitor"),
   ("Mặt trận Tổ quốc Việt Nam các cấp", "monitor")], action="tăng cường giám sát")

D("doc_000466", "vbpl/doc_000466.txt")   # Thông tư 25/2025/TT-BTP (định mức khoán chi)
U("Điều 6.1", "1. Văn phòng Bộ tham mưu, trình Bộ trưởng", [("Văn phòng Bộ", "advise")],
  action="tham mưu, trình Bộ trưởng Bộ Tư pháp ban hành chương trình, kế hoạch xây dựng văn bản quy phạm pháp luật",
  deadline="trước ngày 31 tháng 12 của năm trước")
U("Điều 6.2", "2. Vụ Công tác xây dựng văn bản quy phạm pháp luật tham mưu",
  [("Vụ Công tác xây dựng văn bản quy phạm pháp luật", "advise")],
  action="tham mưu, trình Bộ trưởng Bộ Tư pháp phân công thẩm định", deadline="trước ngày 31 tháng 3 hàng năm")
U("Điều 6.3", "3. Cục Kế hoạch - Tài chính trên cơ sở quy định",
  [("Cục Kế hoạch - Tài chính", "execute"), ("cấp có thẩm quyền", "report_to")],
  action="thực hiện tổng hợp, báo cáo", report_to="cấp có thẩm quyền")
ND = ("Người đứng đầu đơn vị được Bộ trưởng Bộ Tư pháp phân công trực tiếp thực hiện nhiệm vụ, hoạt động thẩm định, "
      "xây dựng chính sách, văn bản quy phạm pháp luật, điều ước quốc tế")
U("Điều 6.4.a", "a) Thực hiện lập dự toán gửi đơn vị dự toán ngân sách",
  [(ND, "execute", I), ("đơn vị dự toán ngân sách có thẩm quyền của Bộ Tư pháp", "report_to")],
  action="Thực hiện lập dự toán", report_to="đơn vị dự toán ngân sách có thẩm quyền của Bộ Tư pháp")
U("Điều 6.4.b", "b) Quản lý, sử dụng nguồn ngân sách được giao", [(ND, "execute", I)],
  action="Quản lý, sử dụng nguồn ngân sách được giao")
U("Điều 6.4.c", "c) Chủ động quyết định nội dung chi", [(ND, "execute", I)], action="Chủ động quyết định nội dung chi")
U("Điều 6.4.d", "d) Chủ động quyết định trong việc thuê chuyên gia", [(ND, "execute", I)],
  action="Chủ động quyết định trong việc thuê chuyên gia, tổ chức tư vấn")
U("Điều 6.4.đ", "đ) Chịu trách nhiệm giải trình", [(ND, "execute", I)], action="Chịu trách nhiệm giải trình")
U("Điều 7.2", "2. Các cơ quan, đơn vị, tổ chức, cá nhân có liên quan đến lập dự toán",
  [("Các cơ quan, đơn vị, tổ chức, cá nhân có liên quan đến lập dự toán, quản lý, sử dụng, quyết toán kinh phí ngân sách nhà nước "
    "cho nhiệm vụ, hoạt động thẩm định, xây dựng chính sách, văn bản quy phạm pháp luật, điều ước quốc tế thuộc thẩm quyền của Bộ Tư pháp",
    "execute")], action="có trách nhiệm thi hành")
U("Điều 7.3", "3. Trong quá trình thực hiện nếu có vướng mắc, đề nghị các cơ quan",
  [("các cơ quan, đơn vị, tổ chức, cá nhân", "execute"), ("Bộ Tư pháp", "report_to")], action="phản ánh", report_to="Bộ Tư pháp")
