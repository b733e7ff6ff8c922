# TEST batch 4 (congbot): Quyết định 3210/QĐ-UBND TP.HCM (2014) with attached Kế hoạch — Điều 3 and part III only
I = "inh"

D("file_data_43", "congbot/file_data_43.md")
U("Điều 3", "Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố",
  [("Chánh Văn phòng Ủy ban nhân dân Thành phố", "execute"), ("Giám đốc Sở Lao động - Thương binh và Xã hội", "execute"),
   ("Giám đốc Sở Xây dựng", "execute"), ("Giám đốc Sở Tài chính", "execute"), ("Giám đốc Sở Kế hoạch và Đầu tư", "execute"),
   ("Chủ tịch Ủy ban nhân dân các quận, huyện", "execute"),
   ("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh", "execute"),
   ("các tổ chức, cá nhân liên quan", "execute")], action="có trách nhiệm thi hành")
TP = "Ủy ban nhân dân Thành phố"
U("III.1.1", "tổ chức lập và phê duyệt Đề án hỗ trợ người có công với cách mạng về nhà ở trên địa bàn toàn Thành phố và gửi về",
  [(TP, "execute", I), ("Bộ Xây dựng", "report_to"), ("Bộ Kế hoạch và Đầu tư", "report_to"), ("Bộ Tài chính", "report_to")],
  action="tổ chức lập và phê duyệt Đề án", report_to="Bộ Xây dựng")
U("III.1.1", "- Bố trí kinh phí quản lý để triển khai", [(TP, "execute", I)], action="Bố trí kinh phí quản lý")
U("III.1.1", "- Ngoài nguồn vốn và số vốn quy định", [(TP, "execute", I)], action="xem xét, hỗ trợ thêm")
U("III.1.1", "- Báo cáo tình hình và tiến độ thực hiện việc hỗ trợ",
  [(TP, "execute", I), ("Bộ Xây dựng", "report_to"), ("Bộ Tài chính", "report_to"), ("Bộ Kế hoạch và Đầu tư", "report_to")],
  action="Báo cáo tình hình và tiến độ", deadline="3 tháng một lần", report_to="Bộ Xây dựng")
U("III.1.1", "- Hoàn thành việc hỗ trợ các hộ gia đình", [(TP, "execute", I)], action="Hoàn thành việc hỗ trợ")
U("III.1.1", "nhưng mới được các địa phương thống kê, rà soát thì tiếp tục thực hiện hỗ trợ", [(TP, "execute", I)],
  action="tiếp tục thực hiện hỗ trợ", deadline="trong năm tiếp theo")
U("III.1.1", "- Thanh tra, kiểm tra, xử lý theo thẩm quyền", [(TP, "monitor", I)], action="Thanh tra, kiểm tra, xử lý")
QH = "Ủy ban nhân dân quận, huyện"
U("III.1.2", "- Tổng hợp và phê duyệt danh sách người có công", [(QH, "execute", I)], action="Tổng hợp và phê duyệt danh sách")
U("III.1.2", "- Tổng hợp, báo cáo kết quả thực hiện việc hỗ trợ người có công", [(QH, "execute", I)], action="Tổng hợp, báo cáo")
U("III.1.2", "- Tổ chức thanh tra, kiểm tra, xử lý", [(QH, "monitor", I)], action="Tổ chức thanh tra, kiểm tra, xử lý")
XA = "Ủy ban nhân dân xã, phường, thị trấn"
U("III.1.3", "- Thành lập Ban Chỉ đạo thực hiện hỗ trợ nhà ở", [(XA, "execute", I)], action="Thành lập Ban Chỉ đạo")
U("III.1.3", "- Tổ chức rà soát, lập danh sách các hộ gia đình", [(XA, "execute", I)], action="Tổ chức rà soát, lập danh sách")
U("III.1.3", "- Niêm yết công khai danh sách", [(XA, "execute", I)], action="Niêm yết công khai danh sách và mức hỗ trợ")
U("III.1.3", "- Tổ chức việc lập Biên bản xác nhận", [(XA, "execute", I)], action="Tổ chức việc lập Biên bản xác nhận")
U("III.1.3", "- Lập hồ sơ hoàn công cho từng hộ gia đình", [(XA, "execute", I)], action="Lập hồ sơ hoàn công")
U("III.1.3", "- Chỉ đạo, giám sát để các hộ gia đình", [(XA, "monitor", I)], action="Chỉ đạo, giám sát")
U("III.1.3", "- Tổng hợp, báo cáo Ủy ban nhân dân quận, huyện về kết quả",
  [(XA, "execute", I), (QH, "report_to")], action="Tổng hợp, báo cáo", report_to=QH)
LD = "Sở Lao động - Thương binh và Xã hội"
U("III.2.1", "- Rà soát, thẩm tra danh sách các hộ gia đình", [(LD, "execute", I)], action="Rà soát, thẩm tra danh sách")
U("III.2.1", "- Phối hợp Sở Xây dựng, Sở Tài chính xây dựng Đề án",
  [(LD, "cooperate", I), ("Sở Xây dựng", "cooperate"), ("Sở Tài chính", "cooperate")], action="Phối hợp")
XD = "Sở Xây dựng"
U("III.2.2", "- Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, Sở Tài chính và các Sở ngành khác",
  [(XD, "lead", I), (LD, "cooperate"), ("Sở Tài chính", "cooperate"), ("các Sở ngành khác có liên quan", "cooperate")],
  action="xây dựng, trình Ủy ban nhân dân Thành phố phê duyệt Đề án")
U("III.2.2", "- Là cơ quan thường trực giúp Ủy ban nhân dân Thành phố chỉ đạo", [(XD, "monitor", I)],
  action="chỉ đạo, đôn đốc, kiểm tra")
U("III.2.2", "- Nghiên cứu, thiết kế tối thiểu 03 mẫu nhà", [(XD, "execute", I)], action="Nghiên cứu, thiết kế tối thiểu 03 mẫu nhà điển hình")
TC = "Sở Tài chính"
U("III.2.3", "- Thẩm định dự toán và xác định nguồn kinh phí", [(TC, "execute", I)],
  action="Thẩm định dự toán và xác định nguồn kinh phí")
U("III.2.3", "- Hướng dẫn Ủy ban nhân dân quận, huyện về công tác lập dự toán", [(TC, "execute", I), (QH, "execute")],
  action="Hướng dẫn")
U("III.2.4", "Căn cứ Kế hoạch này để tổng hợp, bố trí vốn có mục tiêu",
  [("Sở Kế hoạch và Đầu tư", "execute", I), (TP, "report_to")], action="tổng hợp, bố trí vốn có mục tiêu", report_to=TP)
U("III.3", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ",
  [("Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "execute"), ("Hội Liên hiệp Phụ nữ Thành phố", "execute"),
   ("Hội Cựu chiến binh Thành phố", "execute"), ("Thành Đoàn", "execute"), ("chính quyền các cấp", "cooperate")],
  action="phát động các cuộc vận động")
U("III.4", "- Các đơn vị có liên quan phối hợp, kiểm tra, thanh tra", [("Các đơn vị có liên quan", "cooperate")],
  action="phối hợp, kiểm tra, thanh tra, xử lý", deadline="khi có yêu cầu")
U("III.4", "- Ủy ban nhân dân quận, huyện tổng hợp, báo cáo tình hình và tiến độ",
  [(QH, "execute"), (XD, "report_to")], action="tổng hợp, báo cáo", deadline="định kỳ hàng quý", report_to=XD)
U(None, "Đề nghị các tổ chức, cá nhân có liên quan thực hiện các nội dung",
  [("các tổ chức, cá nhân có liên quan", "execute")], action="thực hiện các nội dung và thời gian theo đúng Kế hoạch")
