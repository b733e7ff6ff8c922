# vbpl batch 5: Thông tư "Tổ chức thực hiện" / "Trách nhiệm thi hành"
I = "inh"

D("doc_000043", "vbpl/doc_000043.txt")
U("Điều 6.1", "1. Cục Hạ tầng và Thiết bị y tế chủ trì tổng hợp",
  [("Cục Hạ tầng và Thiết bị y tế", "lead"), ("Bộ Y tế", "report_to")], action="tổng hợp, báo cáo", report_to="Bộ Y tế")
U("Điều 6.2", "2. Vụ Kế hoạch - Tài chính chủ trì",
  [("Vụ Kế hoạch - Tài chính", "lead"), ("các đơn vị liên quan của Bộ Tài chính và Bộ Y tế", "cooperate")],
  action="hướng dẫn thực hiện mua sắm tập trung cấp quốc gia")
U("Điều 6.3", "3. Cơ quan, tổ chức, đơn vị được giao nhiệm vụ mua sắm tập trung",
  [("Cơ quan, tổ chức, đơn vị được giao nhiệm vụ mua sắm tập trung cấp quốc gia đối với thiết bị y tế, vật tư xét nghiệm", "execute")],
  action="triển khai thực hiện Thông tư này")
U("Điều 6", "Trong quá trình thực hiện, nếu có vướng mắc về danh mục",
  [("các cơ quan, tổ chức, cá nhân", "execute"), ("Bộ Y tế", "report_to")], action="phản ánh", report_to="Bộ Y tế")

D("doc_000117", "vbpl/doc_000117.txt")
TCCT = "Tổng cục Chính trị"
U("Điều 9.1.a", "a) Chủ trì, phối hợp với Bộ Tổng Tham mưu, các Tổng cục",
  [(TCCT, "lead", I), ("Bộ Tổng Tham mưu", "cooperate"), ("các Tổng cục", "cooperate"),
   ("các cơ quan chức năng Bộ Quốc phòng", "cooperate")], action="triển khai, tổ chức thực hiện")
U("Điều 9.1.b", "b) Chỉ đạo công tác tuyên truyền, phổ biến, quán triệt", [(TCCT, "execute", I)], action="Chỉ đạo")
CX = "Cục Chính sách - Xã hội"
U("Điều 9.1.c", "- Hằng năm, lập dự toán kinh phí bảo đảm cho các hoạt động",
  [(CX, "execute", I), ("Cục Tài chính", "report_to")], action="lập dự toán kinh phí", deadline="Hằng năm",
  report_to="Cục Tài chính")
U("Điều 9.1.c", "chủ trì xây dựng Kế hoạch hoạt động và kinh phí bảo đảm", [(CX, "lead", I)],
  action="xây dựng Kế hoạch hoạt động và kinh phí bảo đảm")
U("Điều 9.1.c", "- Chỉ đạo, kiểm tra việc thực hiện Thông tư này và giải quyết", [(CX, "monitor", I)],
  action="Chỉ đạo, kiểm tra")
U("Điều 9.2", "Chủ trì, phối hợp với Tổng cục Chính trị tổng hợp, báo cáo Bộ Quốc phòng",
  [("Bộ Tổng Tham mưu", "lead", I), (TCCT, "cooperate"), ("Bộ Quốc phòng", "report_to")],
  action="tổng hợp, báo cáo", report_to="Bộ Quốc phòng")
HK = "Tổng cục Hậu cần - Kỹ thuật"
U("Điều 9.3.a", "a) Phối hợp bảo đảm trang bị, phương tiện hoán cải xe ô tô", [(HK, "cooperate", I)],
  action="Phối hợp bảo đảm trang bị, phương tiện")
U("Điều 9.3.b", "b) Chỉ đạo, hướng dẫn việc bảo đảm trang phục", [(HK, "execute", I)], action="Chỉ đạo, hướng dẫn")
U("Điều 9.4.a", "a) Căn cứ vào dự toán ngân sách bảo đảm cho nhiệm vụ tìm kiếm",
  [("Cục Tài chính", "execute", I), ("Bộ trưởng Bộ Quốc phòng", "report_to"), ("Bộ Tài chính", "report_to")],
  action="tổng hợp vào dự toán ngân sách năm", report_to="Bộ trưởng Bộ Quốc phòng")
U("Điều 9.4.b", "b) Phối hợp chỉ đạo, hướng dẫn, kiểm tra việc thực hiện", [("Cục Tài chính", "cooperate", I)],
  action="Phối hợp chỉ đạo, hướng dẫn, kiểm tra")
DV = "Các đơn vị trực thuộc Bộ Quốc phòng"
U("Điều 9.5.a", "a) Tổ chức phổ biến, quán triệt, hướng dẫn triển khai thực hiện Nghị định số 281", [(DV, "execute", I)],
  action="Tổ chức phổ biến, quán triệt, hướng dẫn triển khai")
U("Điều 9.5.b", "b) Trên cơ sở dự toán kinh phí hằng năm của các cơ quan, đơn vị trực thuộc",
  [(DV, "execute", I), ("Bộ Quốc phòng", "report_to")], action="tổng hợp, báo cáo", report_to="Bộ Quốc phòng")
U("Điều 9.5.c", "c) Tổ chức thực hiện các chế độ, chính sách và công tác bảo đảm cho các cá nhân",
  [(DV, "execute", I), ("Bộ Quốc phòng", "report_to")], action="Tổ chức thực hiện", deadline="Hằng năm",
  report_to="Bộ Quốc phòng")
U("Điều 11.1", "1. Tổng Tham mưu trưởng, Chủ nhiệm Tổng cục Chính trị",
  [("Tổng Tham mưu trưởng", "execute"), ("Chủ nhiệm Tổng cục Chính trị", "execute"),
   ("chỉ huy các cơ quan, đơn vị", "execute"), ("cá nhân có liên quan", "execute")], action="chịu trách nhiệm thi hành")
U("Điều 11.2", "2. Quá trình thực hiện nếu có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh",
  [("các cơ quan, đơn vị, địa phương", "execute"), ("Bộ Quốc phòng", "report_to")], action="phản ánh",
  report_to="Bộ Quốc phòng")

D("doc_000141", "vbpl/doc_000141.txt")
U("Điều 12.1", "1. Bộ Nội vụ chịu trách nhiệm hướng dẫn, chỉ đạo chung", [("Bộ Nội vụ", "execute")],
  action="hướng dẫn, chỉ đạo chung")
U("Điều 12.2.a", "a) Tổ chức lập, quản lý hồ sơ địa giới đơn vị hành chính; tổ chức rà soát", [("Sở Nội vụ", "execute", I)],
  action="Tổ chức lập, quản lý hồ sơ địa giới đơn vị hành chính")
U("Điều 12.2.b", "b) Bảo đảm các nguồn lực, điều kiện cần thiết cho công tác lập", [("Sở Nội vụ", "execute", I)],
  action="Bảo đảm các nguồn lực, điều kiện cần thiết")
U("Điều 12.3.a", "a) Phối hợp tổ chức lập hồ sơ địa giới đơn vị hành chính theo chức năng",
  [("Ủy ban nhân dân cấp xã", "cooperate", I)], action="Phối hợp tổ chức lập hồ sơ địa giới đơn vị hành chính")
U("Điều 12.3.b", "b) Quản lý mốc địa giới đơn vị hành chính trên thực địa",
  [("Ủy ban nhân dân cấp xã", "execute", I), ("cấp có thẩm quyền", "report_to")],
  action="Quản lý mốc địa giới đơn vị hành chính", report_to="cấp có thẩm quyền")
U("Điều 12.4", "4. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ",
  [("Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang Bộ", "execute"), ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
   ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "execute"),
   ("các cơ quan, tổ chức, cá nhân có liên quan", "execute")], action="chịu trách nhiệm thi hành")
U("Điều 12.5", "5. Quá trình tổ chức thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Nội vụ",
  [("Bộ Nội vụ", "report_to")], action="phản ánh", report_to="Bộ Nội vụ")

D("doc_000299", "vbpl/doc_000299.txt")
UB = "Ủy ban nhân dân các tỉnh, thành phố"
U("Điều 5.1.a", "a) Tổ chức cấp giấy phép lưu thông đối với vật liệu", [(UB, "execute", I)], action="Tổ chức cấp giấy phép lưu thông")
U("Điều 5.1.b", "b) Thực hiện kiểm tra định kỳ hoặc đột xuất hoạt động", [(UB, "monitor", I)],
  action="Thực hiện kiểm tra", deadline="định kỳ hoặc đột xuất")
U("Điều 5.1.c", "c) Xây dựng hệ thống Cơ sở dữ liệu quản lý chuyên ngành", [(UB, "execute", I)],
  action="Xây dựng hệ thống Cơ sở dữ liệu quản lý chuyên ngành")
U("Điều 5.1.d", "d) Định kỳ trước ngày 20 tháng 12 hàng năm",
  [(UB, "execute", I), ("Bộ Xây dựng", "report_to")], action="tổng hợp, báo cáo",
  deadline="Định kỳ trước ngày 20 tháng 12 hàng năm", report_to="Bộ Xây dựng")
U("Điều 5.1.đ", "đ) Phối hợp với Bộ Xây dựng trong công tác kiểm tra chất lượng",
  [(UB, "cooperate", I), ("Bộ Xây dựng", "cooperate")], action="kiểm tra chất lượng")
GD = "Cục Giám định nhà nước về chất lượng công trình xây dựng"
VK = "Vụ Khoa học công nghệ, môi trường và Vật liệu xây dựng"
U("Điều 5.2.a", "a) Tổ chức kiểm tra định kỳ hàng năm hoặc đột xuất chất lượng", [(GD, "monitor", I)],
  action="Tổ chức kiểm tra", deadline="định kỳ hàng năm hoặc đột xuất")
U("Điều 5.2.b", "b) Xây dựng báo cáo hàng năm về kết quả thực hiện các nhiệm vụ được giao",
  [(GD, "execute", I), (VK, "report_to")], action="Xây dựng báo cáo", deadline="hàng năm", report_to=VK)
U("Điều 5.3.a", "a) Tổ chức kiểm tra định kỳ hàng năm hoặc đột xuất việc cấp giấy phép", [(VK, "monitor", I)],
  action="Tổ chức kiểm tra", deadline="định kỳ hàng năm hoặc đột xuất")
U("Điều 5.3.b", "b) Tổ chức theo dõi, kiểm tra; xây dựng báo cáo hàng năm",
  [(VK, "monitor", I), ("Bộ Xây dựng", "report_to")], action="Tổ chức theo dõi, kiểm tra", deadline="hàng năm",
  report_to="Bộ Xây dựng")

D("doc_000376", "vbpl/doc_000376.txt")
CB = "Cục Bảo tồn thiên nhiên và Đa dạng sinh học"
U("Điều 6.1.a", "a) Cục Bảo tồn thiên nhiên và Đa dạng sinh học: Chủ trì triển khai thực hiện các quy định của Thông tư này;",
  [(CB, "lead")], action="triển khai thực hiện", exact=True)
U("Điều 6.1.a", "chủ trì, phối hợp với các cơ quan quản lý chuyên ngành tham mưu Bộ trưởng Bộ Nông nghiệp và Môi trường xem xét sửa đổi, bổ sung Danh mục loài ngoại lai xâm hại;",
  [(CB, "lead", I), ("các cơ quan quản lý chuyên ngành", "cooperate")], action="tham mưu", exact=True)
U("Điều 6.1.b", "b) Các Cục quản lý nhà nước chuyên ngành:",
  [("Các Cục quản lý nhà nước chuyên ngành", "cooperate"), (CB, "cooperate")], action="tổ chức thực hiện")
U("Điều 6.1.c", "c) Vụ Kế hoạch - Tài chính đảm bảo kinh phí hằng năm", [("Vụ Kế hoạch - Tài chính", "execute")],
  action="đảm bảo kinh phí", deadline="hằng năm")
UT = "Ủy ban nhân dân cấp tỉnh"
U("Điều 6.2.a", "a) Tổ chức thực hiện Thông tư này trên địa bàn tỉnh;", [(UT, "execute", I)], action="Tổ chức thực hiện")
U("Điều 6.2.b", "b) Chỉ đạo các cơ quan chuyên môn điều tra, xác định", [(UT, "execute", I), ("các cơ quan chuyên môn", "execute")], action="Chỉ đạo")
U("Điều 6.2.c", "c) Định kỳ trước ngày 31 tháng 12 hằng năm, gửi Báo cáo",
  [(UT, "execute", I), ("Bộ Nông nghiệp và Môi trường", "report_to")], action="gửi Báo cáo",
  deadline="Định kỳ trước ngày 31 tháng 12 hằng năm", report_to="Bộ Nông nghiệp và Môi trường")
U("Điều 6.2.d", "d) Bố trí kinh phí để triển khai điều tra", [(UT, "execute", I)], action="Bố trí kinh phí")
U("Điều 7.3", "3. Các Bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh",
  [("Các Bộ", "execute"), ("cơ quan ngang bộ", "execute"), ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "execute"),
   ("tổ chức, cá nhân có liên quan", "execute")], action="chịu trách nhiệm thực hiện")

D("doc_000446", "vbpl/doc_000446.txt")
U("Điều 8.1", "1. Cục Hạ tầng và Thiết bị y tế có trách nhiệm: Chủ trì",
  [("Cục Hạ tầng và Thiết bị y tế", "lead"), ("các cơ quan, đơn vị liên quan", "cooperate")],
  action="triển khai thực hiện Thông tư này")
ND = "Người đứng đầu đơn vị thực hiện phân nhóm thiết bị y tế theo tiêu chuẩn kỹ thuật, chất lượng"
U("Điều 8.2.a", "a) Quyết định việc phân nhóm thiết bị y tế", [(ND, "execute", I)], action="Quyết định việc phân nhóm")
U("Điều 8.2.b", "b) Tổ chức thực hiện phân nhóm theo tiêu chuẩn", [(ND, "execute", I)], action="Tổ chức thực hiện phân nhóm")
U("Điều 8", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các tổ chức, cá nhân phản ánh",
  [("các tổ chức, cá nhân", "execute"), ("Bộ Y tế", "report_to")], action="phản ánh", report_to="Bộ Y tế")
