# TEST batch 2 (vbpl): Thông tư with "Trách nhiệm của …" / "Tổ chức thực hiện" articles — held-out
I = "inh"

D("doc_000570", "vbpl/doc_000570.txt")   # Thông tư 124/2025/TT-BCA (hội thảo, tọa đàm khoa học)
CK = "Cục Khoa học, chiến lược và lịch sử Công an"
CA = "Công an đơn vị, địa phương"
U("Điều 5.1.a", "a) Tham mưu Bộ trưởng Bộ Công an phê duyệt", [(CK, "advise", I)],
  action="Tham mưu Bộ trưởng Bộ Công an phê duyệt")
U("Điều 5.1.b", "b) Hướng dẫn Công an đơn vị, địa phương đăng ký", [(CK, "execute", I), (CA, "execute")], action="Hướng dẫn")
U("Điều 5.1.c", "c) Tiếp nhận, tổ chức đánh giá đăng ký", [(CK, "execute", I)], action="Tiếp nhận, tổ chức đánh giá")
U("Điều 5.1.d", "d) Hướng dẫn Công an đơn vị, địa phương lập dự toán", [(CK, "execute", I), (CA, "execute")], action="Hướng dẫn")
U("Điều 5.1.đ", "đ) Thực hiện công tác thông tin kết quả", [(CK, "execute", I)], action="Thực hiện công tác thông tin kết quả")
U("Điều 5.1.e", "e) Theo dõi công tác ứng dụng kết quả", [(CK, "monitor", I)], action="Theo dõi")
U("Điều 5.1.g", "g) Thực hiện trách nhiệm được quy định tại khoản 2", [(CK, "execute", I)], action="Thực hiện trách nhiệm")
U("Điều 5.2.a", "a) Đăng ký tổ chức hội thảo, tọa đàm khoa học quốc tế", [(CA, "execute", I)], action="Đăng ký tổ chức hội thảo")
U("Điều 5.2.b", "b) Xây dựng kế hoạch tổ chức hội thảo", [(CA, "execute", I)], action="Xây dựng kế hoạch tổ chức hội thảo")
U("Điều 5.2.c", "c) Tham mưu Bộ trưởng Bộ Công an ban hành kế hoạch", [(CA, "advise", I)],
  action="Tham mưu Bộ trưởng Bộ Công an ban hành kế hoạch")
U("Điều 5.2.d", "d) Tổ chức hội thảo, tọa đàm khoa học theo kế hoạch", [(CA, "execute", I)], action="Tổ chức hội thảo")
U("Điều 5.2.đ", "đ) Bảo đảm kinh phí tổ chức hội thảo", [(CA, "execute", I)], action="Bảo đảm kinh phí")
U("Điều 5.2.e", "e) Quyết toán kinh phí tổ chức hội thảo", [(CA, "execute", I)], action="Quyết toán kinh phí")
U("Điều 5.2.g", "g) Báo cáo kết quả tổ chức hội thảo", [(CA, "execute", I)], action="Báo cáo kết quả")
U("Điều 11.1", "1. Cục Khoa học, chiến lược và lịch sử Công an có trách nhiệm hướng dẫn, theo dõi", [(CK, "monitor")],
  action="hướng dẫn, theo dõi, đôn đốc, kiểm tra")
U("Điều 11.2", "2. Công an đơn vị, địa phương và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành",
  [(CA, "execute"), ("các tổ chức, cá nhân liên quan", "execute")], action="chịu trách nhiệm thi hành")
U("Điều 11.3", "3. Công an đơn vị, địa phương tuân thủ quy định về bảo vệ bí mật nhà nước và quy định của ngành Công an;",
  [(CA, "execute")], action="tuân thủ", exact=True)
U("Điều 11.3", "phối hợp các đơn vị nghiệp vụ triển khai biện pháp bảo đảm an ninh, an toàn hội thảo, tọa đàm khoa học trong quá trình tổ chức.",
  [(CA, "cooperate", I), ("các đơn vị nghiệp vụ", "cooperate")], action="phối hợp", exact=True)
U("Điều 11", "Trong quá trình thực hiện, nếu có vướng mắc, Công an đơn vị, địa phương kịp thời báo cáo",
  [(CA, "execute"), ("Bộ Công an", "report_to")], action="báo cáo", report_to="Bộ Công an")

D("doc_000060", "vbpl/doc_000060.txt")   # Thông tư 01/2026/TT-BDTTG (phân cấp quản lý tín ngưỡng, tôn giáo)
TG = "Ban Tôn giáo Chính phủ"
U("Điều 9.1", "1. Tuân thủ các quy định của pháp luật và chỉ đạo của Bộ trưởng Bộ Dân tộc và Tôn giáo trong việc thực hiện nhiệm vụ, quyền hạn được phân cấp;",
  [(TG, "execute", I)], action="Tuân thủ", exact=True)
U("Điều 9.1", "tự kiểm tra việc thực hiện các nội dung được phân cấp để đảm bảo việc thực hiện đúng trình tự",
  [(TG, "monitor", I)], action="tự kiểm tra", exact=True)
U("Điều 9.2", "2. Tự bảo đảm về điều kiện thực hiện nhiệm vụ, quyền hạn được phân cấp và chịu trách nhiệm hoàn toàn về kết quả triển khai công tác quản lý nhà nước lĩnh vực tín ngưỡng, tôn giáo;",
  [(TG, "execute", I)], action="Tự bảo đảm về điều kiện thực hiện nhiệm vụ", exact=True)
U("Điều 9.2", "chủ trì, phối hợp với các đơn vị thuộc bộ, ngành, các địa phương tổ chức phổ biến, quán triệt, bồi dưỡng, tập huấn, hướng dẫn nghiệp vụ về chủ trương, chính sách của Đảng, pháp luật của Nhà nước về tín ngưỡng, tôn giáo cho công chức tham mưu quản lý nhà nước về tín ngưỡng, tôn giáo; tuyên truyền, phổ biến chính sách, pháp luật về tín ngưỡng, tôn giáo cho chức sắc, chức việc, nhà tu hành, tín đồ các tổ chức tôn giáo và người đại diện, ban quản lý cơ sở tín ngưỡng;",
  [(TG, "lead", I), ("các đơn vị thuộc bộ, ngành", "cooperate"), ("các địa phương", "cooperate")],
  action="tổ chức phổ biến, quán triệt, bồi dưỡng, tập huấn, hướng dẫn nghiệp vụ", exact=True)
U("Điều 9.2", "chủ động trao đổi, làm việc với các bộ, ngành, địa phương để phối hợp giải quyết các vấn đề liên quan đến tín ngưỡng, tôn giáo.",
  [(TG, "execute", I), ("các bộ, ngành, địa phương", "cooperate")], action="chủ động trao đổi, làm việc", exact=True)
U("Điều 9.3", "3. Định kỳ hàng năm (chậm nhất vào ngày 25/12), báo cáo Bộ trưởng",
  [(TG, "execute", I), ("Bộ trưởng", "report_to")], action="báo cáo", deadline="Định kỳ hàng năm (chậm nhất vào ngày 25/12)",
  report_to="Bộ trưởng")
U("Điều 9.4", "4. Trưởng Ban Tôn giáo Chính phủ chịu trách nhiệm trước Bộ trưởng", [("Trưởng Ban Tôn giáo Chính phủ", "execute")],
  action="chỉ đạo thực hiện có hiệu quả các thẩm quyền phân cấp")
U("Điều 11.1", "1. Cơ quan được phân cấp, Trưởng Ban Tôn giáo Chính phủ, Chánh Văn phòng Bộ",
  [("Cơ quan được phân cấp", "execute"), ("Trưởng Ban Tôn giáo Chính phủ", "execute"), ("Chánh Văn phòng Bộ", "execute"),
   ("Thủ trưởng các Vụ, đơn vị thuộc, trực thuộc Bộ", "execute"), ("các cơ quan, đơn vị, cá nhân liên quan", "execute")],
  action="có trách nhiệm tuân thủ nguyên tắc và nội dung phân cấp")
U("Điều 11.2", "2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, tổ chức, cá nhân phản ánh",
  [("các cơ quan, tổ chức, cá nhân", "execute"), ("Bộ Dân tộc và Tôn giáo", "report_to")], action="phản ánh",
  report_to="Bộ Dân tộc và Tôn giáo")

D("doc_000431", "vbpl/doc_000431.txt")   # Thông tư 42/2025/TT-BKHCN (tiêu chuẩn trung tâm dữ liệu)
U("Điều 6.1", "1. Cục Viễn thông có trách nhiệm chủ trì",
  [("Cục Viễn thông", "lead"), ("các cơ quan quản lý liên quan", "cooperate")],
  action="thực hiện kiểm tra việc tuân thủ các quy định của Thông tư này")
SK = "Các Sở Khoa học và Công nghệ"
U("Điều 6.2.a", "a) Tiếp nhận và quản lý hồ sơ công bố", [(SK, "execute", I)], action="Tiếp nhận và quản lý hồ sơ công bố")
U("Điều 6.2.b", "b) Kiểm tra các doanh nghiệp trung tâm dữ liệu", [(SK, "monitor", I)], action="Kiểm tra")
U("Điều 6.2.c", "c) Phát hiện và phản ánh các vấn đề",
  [(SK, "execute", I), ("Bộ Khoa học và Công nghệ", "report_to")], action="Phát hiện và phản ánh",
  report_to="Bộ Khoa học và Công nghệ")
U("Điều 8.1", "1. Chánh Văn phòng Bộ Khoa học và Công nghệ, Cục trưởng Cục Viễn thông",
  [("Chánh Văn phòng Bộ Khoa học và Công nghệ", "execute"), ("Cục trưởng Cục Viễn thông", "execute"),
   ("các Sở Khoa học và Công nghệ tỉnh, thành phố", "execute"), ("các cơ quan, doanh nghiệp", "execute"),
   ("các tổ chức, cá nhân có liên quan", "execute")], action="chịu trách nhiệm thi hành")
U("Điều 8.2", "2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, doanh nghiệp phản ánh",
  [("các cơ quan, doanh nghiệp", "execute"), ("Bộ Khoa học và Công nghệ", "report_to")], action="phản ánh",
  report_to="Bộ Khoa học và Công nghệ")
