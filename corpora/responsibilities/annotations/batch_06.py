# vbpl batch 6: Nghị quyết CP, Quy chế (QĐ TTg), Thông tư
I = "inh"
B4 = ["Các Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Thủ trưởng cơ quan thuộc Chính phủ"]

D("doc_000019", "vbpl/doc_000019.txt")
U("Điều 4.1", "1. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
  [(n, "execute") for n in B4 + ["Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]],
  action="chịu trách nhiệm thi hành")
U("Điều 4.2", "2. Bộ Xây dựng tham mưu Chính phủ về việc báo cáo Ủy ban Thường vụ Quốc hội, Quốc hội tại phiên họp, kỳ họp gần nhất sau khi Nghị quyết được ban hành;",
  [("Bộ Xây dựng", "advise")], action="tham mưu", deadline="tại phiên họp, kỳ họp gần nhất sau khi Nghị quyết được ban hành",
  exact=True)
U("Điều 4.2", "trong phạm vi chức năng, nhiệm vụ của mình có trách nhiệm rà soát, đề xuất sửa đổi, bổ sung các nội dung có liên quan của Luật Nhà ở để bảo đảm tính thống nhất, đồng bộ.",
  [("Bộ Xây dựng", "execute", I)], action="rà soát, đề xuất sửa đổi, bổ sung", exact=True)
U("Điều 4.3", "3. Bộ Nông nghiệp và Môi trường trong phạm vi chức năng", [("Bộ Nông nghiệp và Môi trường", "execute")],
  action="rà soát, đề xuất hoàn thiện Luật Đất đai")
U("Điều 4.4", "4. Ủy ban nhân dân cấp tỉnh chịu trách nhiệm chỉ đạo tổ chức thực hiện", [("Ủy ban nhân dân cấp tỉnh", "execute")],
  action="chỉ đạo tổ chức thực hiện")
U("Điều 4.5", "5. Hội đồng nhân dân, Ban của Hội đồng nhân dân",
  [("Hội đồng nhân dân", "monitor"), ("Ban của Hội đồng nhân dân", "monitor"), ("đại biểu Hội đồng nhân dân", "monitor"),
   ("Mặt trận Tổ quốc Việt Nam các cấp", "monitor")], action="tăng cường giám sát")
U("Điều 4", "Bộ Xây dựng, các bộ, ngành có liên quan, Ủy ban nhân dân các cấp thực hiện nghiêm túc",
  [("Bộ Xây dựng", "execute"), ("các bộ, ngành có liên quan", "execute"), ("Ủy ban nhân dân các cấp", "execute")],
  action="thực hiện nghiêm túc kết quả giám sát")

D("doc_000020", "vbpl/doc_000020.txt")
U("Điều 7.1", "1. Bộ Quốc phòng chịu trách nhiệm trước Chính phủ quản lý nhà nước", [("Bộ Quốc phòng", "execute")],
  action="quản lý nhà nước")
U("Điều 7.2", "2. Bộ, cơ quan ngang bộ, Ủy ban nhân dân các cấp trong phạm vi nhiệm vụ",
  [("Bộ", "cooperate"), ("cơ quan ngang bộ", "cooperate"), ("Ủy ban nhân dân các cấp", "cooperate"),
   ("Bộ Quốc phòng", "cooperate")], action="thực hiện quản lý nhà nước")
U("Điều 7.3", "3. Ủy ban nhân dân cấp tỉnh quy hoạch, bố trí quỹ đất", [("Ủy ban nhân dân cấp tỉnh", "execute")],
  action="quy hoạch, bố trí quỹ đất, kinh phí")
U("Điều 9.2", "2. Bộ Quốc phòng chịu trách nhiệm tổ chức thực hiện Nghị quyết này",
  [("Bộ Quốc phòng", "execute"), ("cấp có thẩm quyền", "report_to")], action="tổ chức thực hiện",
  report_to="cấp có thẩm quyền")
U("Điều 9.3", "3. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh",
  [("Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang bộ", "execute"),
   ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "execute")], action="chịu trách nhiệm thi hành")

D("doc_000572", "vbpl/doc_000572.txt")
BC = [("các bộ", "execute", I), ("cơ quan ngang bộ", "execute", I), ("Ủy ban nhân dân cấp tỉnh", "execute", I)]
U("Điều 15.1", "1. Tổ chức liên kết Hệ thống thông tin tiếp nhận", BC, action="Tổ chức liên kết")
U("Điều 15.2", "2. Bảo đảm kết nối với Hệ thống thông tin tiếp nhận", BC, action="Bảo đảm kết nối")
U("Điều 15.3", "3. Thực hiện bảo mật thông tin cá nhân theo quy định của pháp luật về bảo vệ dữ liệu cá nhân và an ninh mạng; áp dụng",
  BC, action="Thực hiện bảo mật thông tin cá nhân")
U("Điều 15.4", "4. Bố trí nhân sự có năng lực, trình độ chuyên môn", BC, action="Bố trí nhân sự")
U("Điều 15.5", "5. Trong quá trình thực hiện Quy chế này, nếu có khó khăn",
  [("các bộ", "execute"), ("cơ quan ngang bộ", "execute"), ("Ủy ban nhân dân cấp tỉnh", "execute"), ("Bộ Tư pháp", "report_to"),
   ("Thủ tướng Chính phủ", "report_to")], action="trao đổi, phối hợp hoặc phản ánh", report_to="Bộ Tư pháp")
TP = "Bộ Tư pháp"
U("Điều 16.1", "1. Chủ trì triển khai, quản lý, vận hành, nâng cấp Hệ thống",
  [(TP, "lead", I), ("các cơ quan liên quan", "cooperate")], action="triển khai, quản lý, vận hành, nâng cấp")
U("Điều 16.2", "2. Bảo đảm Hệ thống thông tin tiếp nhận, xử lý phản ánh, kiến nghị về văn bản quy phạm pháp luật hoạt động thông suốt",
  [(TP, "execute", I)], action="Bảo đảm")
U("Điều 16.3", "3. Hướng dẫn, theo dõi, đôn đốc các cơ quan trong việc tiếp nhận",
  [(TP, "monitor", I), ("Thủ tướng Chính phủ", "report_to")], action="Hướng dẫn, theo dõi, đôn đốc",
  report_to="Thủ tướng Chính phủ")
U("Điều 16.4", "4. Tổng hợp tình hình tiếp nhận, xử lý phản ánh, kiến nghị từ các cơ quan",
  [(TP, "execute", I), ("Thủ tướng Chính phủ", "report_to")], action="Tổng hợp", report_to="Thủ tướng Chính phủ")
U("Điều 16.5", "5. Thường xuyên kiểm tra, cập nhật phần mềm, bảo trì", [(TP, "execute", I)],
  action="kiểm tra, cập nhật phần mềm, bảo trì", deadline="Thường xuyên")
U("Điều 17.1.a", "a) Bố trí kinh phí trong dự toán chi ngân sách hằng năm để các cơ quan", [("Bộ Tài chính", "execute", I)],
  action="Bố trí kinh phí")
U("Điều 17.1.b", "b) Tổng hợp dự toán chi tiết kinh phí hằng năm của các bộ", [("Bộ Tài chính", "execute", I)],
  action="Tổng hợp dự toán chi tiết kinh phí", deadline="hằng năm")
U("Điều 17.2", "2. Bộ Nội vụ chủ trì phối hợp với các cơ quan liên quan nghiên cứu",
  [("Bộ Nội vụ", "lead"), ("các cơ quan liên quan", "cooperate")], action="nghiên cứu xây dựng tiêu chí chấm điểm cải cách hành chính")
U("Điều 17.3", "3. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam",
  [("Đài Truyền hình Việt Nam", "execute"), ("Đài Tiếng nói Việt Nam", "execute"), ("Thông tấn xã Việt Nam", "execute"),
   ("các cơ quan thông tấn, báo chí", "execute"), ("Liên đoàn Thương mại và Công nghiệp Việt Nam", "execute"),
   ("các Hiệp hội", "execute")], action="truyền thông")
U("Điều 17.4", "4. Đề nghị Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao",
  [("Tòa án nhân dân tối cao", "execute"), ("Viện kiểm sát nhân dân tối cao", "execute"),
   ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "execute"), ("các tổ chức chính trị - xã hội thành viên", "execute")],
  action="tiếp nhận, xử lý phản ánh, kiến nghị")

D("doc_000545", "vbpl/doc_000545.txt")
KH = "Các cơ quan, đơn vị thuộc Bộ Khoa học và Công nghệ"
U("Điều 13.1.a", "a) Rà soát các chế độ báo cáo định kỳ để đề xuất", [(KH, "execute", I)], action="Rà soát")
U("Điều 13.1.b", "b) Thực hiện công bố danh mục chế độ báo cáo định kỳ", [(KH, "execute", I)], action="Thực hiện công bố")
U("Điều 13.1.c", "c) Đẩy mạnh ứng dụng công nghệ thông tin trong thực hiện chế độ báo cáo", [(KH, "execute", I)],
  action="Đẩy mạnh ứng dụng công nghệ thông tin")
U("Điều 13.1.d", "d) Nhập liệu (đối với các số liệu do đơn vị được giao trực tiếp quản lý)",
  [(KH, "execute", I), ("Lãnh đạo Bộ Khoa học và Công nghệ", "report_to")], action="Nhập liệu",
  report_to="Lãnh đạo Bộ Khoa học và Công nghệ")
VP = "Văn phòng Bộ"
U("Điều 13.2.a", "a) Phối hợp với các cơ quan, đơn vị có liên quan thuộc Bộ hướng dẫn, đôn đốc",
  [(VP, "cooperate", I), ("các cơ quan, đơn vị có liên quan thuộc Bộ", "cooperate")],
  action="hướng dẫn, đôn đốc, kiểm tra, giám sát, đánh giá")
U("Điều 13.2.b", "b) Là đầu mối phối hợp với các đơn vị thuộc Văn phòng Chính phủ",
  [(VP, "cooperate", I), ("các đơn vị thuộc Văn phòng Chính phủ", "cooperate"),
   ("các cơ quan quản lý nhà nước có liên quan", "cooperate")], action="tiếp nhận, tổ chức thực hiện chế độ báo cáo định kỳ")
U("Điều 13.2.c", "c) Xây dựng quy chế vận hành, khai thác, sử dụng Hệ thống thông tin báo cáo", [(VP, "execute", I)],
  action="Xây dựng quy chế vận hành")
U("Điều 13.2.d", "d) Quản lý, lưu trữ, chia sẻ các thông tin báo cáo của ngành", [(VP, "execute", I)],
  action="Quản lý, lưu trữ, chia sẻ các thông tin báo cáo")
U("Điều 13.2.đ", "đ) Tổ chức rà soát, đánh giá quy định về việc thực hiện chế độ báo cáo", [(VP, "execute", I)],
  action="Tổ chức rà soát, đánh giá")
U("Điều 13.2.e", "e) Định kỳ rà soát, đánh giá yêu cầu quản lý", [(VP, "execute", I)], action="rà soát, đánh giá",
  deadline="Định kỳ")
U("Điều 13.2.g", "g) Chủ trì xây dựng kế hoạch phát triển, nâng cấp Hệ thống", [(VP, "lead", I), ("đơn vị chuyên môn", "cooperate")],
  action="xây dựng kế hoạch phát triển, nâng cấp")
U("Điều 13.2.h", "h) Định kỳ hằng năm hoặc theo yêu cầu đột xuất, thực hiện hướng dẫn", [(VP, "execute", I)],
  action="thực hiện hướng dẫn và tổ chức tập huấn", deadline="Định kỳ hằng năm hoặc theo yêu cầu đột xuất")
CB = "Cơ quan, tổ chức thực hiện chế độ báo cáo"
U("Điều 13.3.a", "a) Thực hiện nghiêm túc, đầy đủ, đúng quy trình, thời hạn của các chế độ báo cáo", [(CB, "execute", I)],
  action="Thực hiện nghiêm túc, đầy đủ, đúng quy trình, thời hạn")
U("Điều 13.3.b", "b) Phân công cơ quan, đơn vị chuyên môn trực thuộc", [(CB, "execute", I)], action="Phân công")
U("Điều 13.3.c", "c) Thông báo cho Bộ Khoa học và Công nghệ (Văn phòng Bộ) ngay sau khi phát hiện",
  [("Cơ quan, tổ chức thực hiện chế độ báo cáo", "execute", I), ("Bộ Khoa học và Công nghệ", "report_to")],
  action="Thông báo", deadline="ngay sau khi phát hiện Hệ thống có sai sót", report_to="Bộ Khoa học và Công nghệ")
U("Điều 14.1", "1. Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch",
  [("Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang Bộ", "execute"), ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
   ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "execute"),
   ("các tổ chức, cá nhân liên quan", "execute")], action="có trách nhiệm thi hành")
U("Điều 14.2", "2. Thủ trưởng các cơ quan, đơn vị thuộc Bộ Khoa học và Công nghệ:",
  [("Thủ trưởng các cơ quan, đơn vị thuộc Bộ Khoa học và Công nghệ", "execute")], action="chịu trách nhiệm thi hành")
U("Điều 14.3", "3. Trong quá trình thực hiện nếu có vấn đề vướng mắc, đề nghị các cơ quan",
  [("các cơ quan, đơn vị, tổ chức, cá nhân liên quan", "execute"), ("Bộ Khoa học và Công nghệ", "report_to")],
  action="phản ánh", report_to="Bộ Khoa học và Công nghệ")

D("doc_000594", "vbpl/doc_000594.txt")
U("Điều 15", "Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam, tổ chức tín dụng, chi nhánh",
  [("Thủ trưởng các đơn vị thuộc Ngân hàng Nhà nước Việt Nam", "execute"), ("tổ chức tín dụng", "execute"),
   ("chi nhánh ngân hàng nước ngoài", "execute"),
   ("văn phòng đại diện tại Việt Nam của tổ chức tín dụng nước ngoài", "execute"),
   ("tổ chức nước ngoài khác có hoạt động ngân hàng", "execute")], action="chịu trách nhiệm thực hiện")
