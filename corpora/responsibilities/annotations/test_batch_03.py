# TEST batch 3 (congbot): Nghị quyết UBTVQH, Thông tư BXD 2001, Quyết định UBND Bình Thuận, Thông tư BTC 2018 — held-out
I = "inh"

D("file_data_15", "congbot/file_data_15.md")   # Nghị quyết 494/NQ-UBTVQH13 (2012)
CP = [("Chính phủ", "execute", I), ("Thủ tướng Chính phủ", "execute", I)]
U("Điều 2.1", "1. Tiếp tục điều chỉnh nâng mức trợ cấp", CP, action="Tiếp tục điều chỉnh nâng mức trợ cấp, phụ cấp")
U("Điều 2.2", "2. Tiếp tục thực hiện chính sách hỗ trợ về nhà ở", CP,
  action="Tiếp tục thực hiện chính sách hỗ trợ về nhà ở", deadline="trong hai năm 2012 - 2013")
U("Điều 2.3", "3. Phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sỹ", CP,
  action="Phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sỹ và Đề án xác định danh tính hài cốt liệt sỹ", deadline="trong năm 2012")
U("Điều 2.4", "4. Hướng dẫn giải quyết các vướng mắc", CP, action="Hướng dẫn giải quyết các vướng mắc, tồn đọng")
U("Điều 2.5", "5. Chỉ đạo các bộ, ngành, Ủy ban nhân dân các cấp",
  CP + [("các bộ, ngành", "execute"), ("Ủy ban nhân dân các cấp", "execute")], action="Chỉ đạo")
U("Điều 3.1", "1. Kết thúc năm 2013, Chính phủ báo cáo",
  [("Chính phủ", "execute"), ("Ủy ban thường vụ Quốc hội", "report_to")], action="báo cáo", deadline="Kết thúc năm 2013",
  report_to="Ủy ban thường vụ Quốc hội")
U("Điều 3.2", "2. Ủy ban thường vụ Quốc hội, Hội đồng dân tộc",
  [("Ủy ban thường vụ Quốc hội", "monitor"), ("Hội đồng dân tộc", "monitor"), ("các Ủy ban của Quốc hội", "monitor"),
   ("Đoàn đại biểu Quốc hội", "monitor"), ("đại biểu Quốc hội", "monitor"), ("Hội đồng nhân dân các cấp", "monitor")],
  action="giám sát")

D("file_data_42", "congbot/file_data_42.md")   # Thông tư 04/2001/TT-BXD
U("8", "8. Trường hợp hộ gia đình có cả vợ và chồng", [("Uỷ ban nhân dân cấp tỉnh", "execute")],
  action="hỗ trợ cải thiện nhà ở")
U("9", "9. Trong quá trình triển khai thực hiện, nếu có vướng mắc",
  [("các Bộ, ngành", "execute"), ("Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "execute"),
   ("Ban Tổ chức Trung ương Đảng", "report_to"), ("Bộ Xây dựng", "report_to")],
  action="giải quyết theo thẩm quyền", report_to="Ban Tổ chức Trung ương Đảng")

D("file_data_3", "congbot/file_data_3.md")   # Quyết định 1766/QĐ-UBND Bình Thuận (2020)
U("Điều 3", "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp",
  [("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute"), ("Giám đốc Sở Tư pháp", "execute"),
   ("các tổ chức, cá nhân có liên quan", "execute")], action="chịu trách nhiệm thi hành")

D("file_data_2", "congbot/file_data_2.md")   # Thông tư 101/2018/TT-BTC
L = "Cơ quan LĐTBXH"
U("Điều 21.1.c", "c) Cơ quan LĐTBXH chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc thu hồi, xử lý các khoản trợ cấp của đối tượng đã hưởng không đúng quy định theo quyết định của cấp có thẩm quyền vào ngân sách trung ương;",
  [(L, "lead"), ("các cơ quan liên quan", "cooperate")], action="theo dõi, đôn đốc thu hồi, xử lý", exact=True)
U("Điều 21.1.c", "báo cáo kết quả thực hiện trong báo cáo quyết toán hằng năm của cơ quan gửi Bộ LĐTBXH tổng hợp, gửi Bộ Tài chính.",
  [(L, "execute", I), ("Bộ LĐTBXH", "report_to")], action="báo cáo kết quả thực hiện", deadline="hằng năm",
  report_to="Bộ LĐTBXH", exact=True)
U("Điều 21.2.a", "a) Trường hợp đối tượng chưa được hưởng hoặc chưa được hưởng đầy đủ", [(L, "execute")],
  action="thực hiện chi trả một lần", deadline="vào tháng liền sau với tháng ghi trong quyết định điều chỉnh mức trợ cấp")
U("Điều 21.2.b", "b) Kinh phí thực hiện truy lĩnh trợ cấp", [("cơ quan LĐTBXH", "execute"), ("Bộ LĐTBXH", "report_to")],
  action="có văn bản đề nghị bổ sung dự toán", report_to="Bộ LĐTBXH")
U("Điều 23.1", "1. Cơ quan LĐTBXH chịu trách nhiệm quản lý nguồn kinh phí", [(L, "execute")],
  action="quản lý nguồn kinh phí thực hiện chính sách ưu đãi người có công với cách mạng và tổ chức thực hiện chi trả")
U("Điều 23.2", "2. KBNN có trách nhiệm thanh toán kịp thời", [("KBNN", "execute")], action="thanh toán kịp thời kinh phí")
U("Điều 23.3", "3. Đối với các khoản lĩnh trùng, cấp trùng, chi sai chế độ",
  [(L, "cooperate"), ("KBNN nơi đơn vị giao dịch", "cooperate")], action="thực hiện thu hồi, nộp ngân sách nhà nước")
U("Điều 23.6", "6. Trong quá trình thực hiện nếu có vướng mắc, đề nghị các cơ quan, đơn vị phản ánh",
  [("các cơ quan, đơn vị", "execute"), ("Bộ Tài chính", "report_to")], action="phản ánh", report_to="Bộ Tài chính")
