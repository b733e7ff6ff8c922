# congbot batch 2
I = "inh"
D("file_data_21", "congbot/file_data_21.md")
U("C.3", "3. Các Bộ, ngành chức năng, các cơ quan báo chí",
  [("Các Bộ, ngành chức năng", "execute"), ("các cơ quan báo chí Trung ương, địa phương, quân đội", "execute"),
   ("Mặt trận Tổ quốc Việt Nam", "execute"), ("Hội Cựu chiến binh các cấp", "execute"),
   ("các tổ chức chính trị - xã hội", "execute")], action="tập trung tuyên truyền")
U("C.6", "Các địa phương rà soát, đánh giá lại tình hình tìm kiếm, cất bốc hài cốt liệt sĩ trên địa bàn.",
  [("Các địa phương", "execute")], action="rà soát, đánh giá lại", exact=True)
B = "Ban Chỉ đạo quốc gia 1237"
U("D.1", "Chỉ đạo chặt chẽ việc triển khai Quyết định số 1237/QĐ-TTg ngày 27/7/2013 của Thủ tướng Chính phủ và Kế hoạch này bảo đảm tăng cường sự lãnh đạo của Đảng, hiệu lực quản lý của Nhà nước và phát huy sức mạnh tổng hợp của hệ thống chính trị;",
  [(B, "execute", I)], action="Chỉ đạo chặt chẽ", exact=True)
U("D.1", "thường xuyên kiểm tra, đôn đốc các Bộ, ngành, địa phương, đơn vị trong tổ chức thực hiện.",
  [(B, "monitor", I)], action="kiểm tra, đôn đốc", exact=True)
Q = "Bộ Quốc phòng"
U("D.2", "Chủ trì, phối hợp với các Bộ, ngành có liên quan giúp Chính phủ",
  [(Q, "lead", I), ("các Bộ, ngành có liên quan", "cooperate")],
  action="giúp Chính phủ, Thủ tướng Chính phủ quản lý Nhà nước")
U("D.2", "Chủ trì nghiên cứu, đề xuất các văn bản về cơ chế, chính sách", [(Q, "lead", I)], action="nghiên cứu, đề xuất")
U("D.2", "Chỉ đạo đẩy nhanh tiến độ giải mã ký hiệu", [(Q, "execute", I)], action="Chỉ đạo đẩy nhanh")
U("D.3", "Căn cứ quy định tại Điều 3 của Quyết định số 1237/QĐ-TTg và các nội dung phân công tại Kế hoạch này, theo chức năng, nhiệm vụ, các Bộ, ngành, địa phương, đơn vị, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương Hội Cựu chiến binh Việt Nam xây dựng các văn bản hướng dẫn, chỉ đạo và kế hoạch tổ chức triển khai thực hiện;",
  [("các Bộ, ngành, địa phương, đơn vị", "execute"), ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "execute"),
   ("Trung ương Hội Cựu chiến binh Việt Nam", "execute")],
  action="xây dựng các văn bản hướng dẫn, chỉ đạo và kế hoạch", exact=True)
U("D.3", "phối hợp với Bộ Quốc phòng đôn đốc, kiểm tra việc thực hiện.",
  [("các Bộ, ngành, địa phương, đơn vị", "cooperate", I), ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "cooperate", I),
   ("Trung ương Hội Cựu chiến binh Việt Nam", "cooperate", I), ("Bộ Quốc phòng", "cooperate")],
  action="đôn đốc, kiểm tra", exact=True)
BK = [("Ban Chỉ đạo cấp quân khu", "execute", I), ("Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương", "execute", I)]
U("D.4", "- Căn cứ vào nội dung, nhiệm vụ của Kế hoạch này xây dựng kế hoạch triển khai chi tiết", BK,
  action="xây dựng kế hoạch triển khai chi tiết")
U("D.4", "- Tập trung triển khai có hiệu quả các nội dung, nhiệm vụ từ năm 2013 đến năm 2015.", BK,
  action="Tập trung triển khai", deadline="từ năm 2013 đến năm 2015")
U("D.5", "Căn cứ vào chức năng, nhiệm vụ, tham gia phối hợp công tác tuyên truyền",
  [("Các tổ chức chính trị - xã hội", "cooperate", I), ("tổ chức, đoàn thể có liên quan", "cooperate", I)],
  action="tham gia phối hợp")
V = "Văn phòng Ban Chỉ đạo quốc gia 1237"
U("D.6", "- Chủ trì, phối hợp với các cơ quan chức năng có liên quan đề xuất Bộ Quốc phòng",
  [(V, "lead", I), ("các cơ quan chức năng có liên quan", "cooperate")], action="đề xuất")
U("D.6", "- Giúp Ban Chỉ đạo quốc gia và Bộ Quốc phòng hướng dẫn, theo dõi, kiểm tra và đôn đốc",
  [(V, "monitor", I)], action="hướng dẫn, theo dõi, kiểm tra và đôn đốc")
U("D.6", "- Đề xuất và chuẩn bị nội dung sơ kết, tổng kết của Ban Chỉ đạo", [(V, "advise", I)],
  action="Đề xuất và chuẩn bị nội dung sơ kết, tổng kết")
U("D.7", "- Bộ Quốc phòng chỉ đạo, hướng dẫn các cơ quan, đơn vị, địa phương lập dự toán",
  [("Bộ Quốc phòng", "execute"), ("các cơ quan, đơn vị, địa phương", "execute")], action="chỉ đạo, hướng dẫn")
U(None, "Trong quá trình tổ chức thực hiện kế hoạch, nếu có phát sinh, vướng mắc các cơ quan",
  [("các cơ quan, đơn vị, địa phương", "execute"), ("Ban Chỉ đạo quốc gia 1237", "report_to")],
  action="báo cáo", report_to="Ban Chỉ đạo quốc gia 1237")

D("file_data_40", "congbot/file_data_40.md")
U("Điều 8.1.a", "- Chủ trì, phối hợp với các Bộ, ngành liên quan: Tài chính",
  [("Bộ Xây dựng", "lead", I), ("các Bộ, ngành liên quan: Tài chính", "cooperate"),
   ("Lao động - Thương binh và Xã hội", "cooperate"), ("Thủ tướng Chính phủ", "report_to")],
  action="hướng dẫn các tỉnh, thành phố trực thuộc Trung ương triển khai thực hiện", deadline="định kỳ",
  report_to="Thủ tướng Chính phủ")
U("Điều 8.1.a", "- Bố trí kinh phí cho công tác chỉ đạo, hướng dẫn, kiểm tra",
  [("Bộ Xây dựng", "execute")], action="Bố trí kinh phí")
U("Điều 8.1.b", "Chủ trì, phối hợp với Bộ Tài chính, Bộ Xây dựng, Bộ Lao động",
  [("Bộ Kế hoạch và Đầu tư", "lead", I), ("Bộ Tài chính", "cooperate"), ("Bộ Xây dựng", "cooperate"),
   ("Bộ Lao động - Thương binh và Xã hội", "cooperate")],
  action="cân đối, bố trí vốn ngân sách trung ương", deadline="trong kế hoạch 2013 và giai đoạn tiếp theo")
U("Điều 8.1.c", "Phối hợp với Bộ Xây dựng bố trí vốn từ ngân sách trung ương",
  [("Bộ Tài chính", "cooperate", I), ("Bộ Xây dựng", "cooperate")], action="bố trí vốn")
U("Điều 8.1.d", "Hướng dẫn việc xác nhận đối tượng là người có công",
  [("Bộ Lao động - Thương binh và Xã hội", "execute", I),
   ("Sở Lao động - Thương binh và Xã hội các địa phương", "cooperate"), ("Sở Xây dựng", "cooperate")],
  action="Hướng dẫn việc xác nhận đối tượng")
UT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
U("Điều 8.2.a", "a) Công bố công khai về đối tượng, tiêu chuẩn được hỗ trợ", [(UT, "execute", I)],
  action="Công bố công khai")
U("Điều 8.2.b", "b) Gửi kế hoạch hỗ trợ trên địa bàn đã được phê duyệt về Bộ Xây dựng",
  [(UT, "execute", I), ("Bộ Xây dựng", "report_to"), ("Bộ Tài chính", "report_to")],
  action="Gửi kế hoạch hỗ trợ", report_to="Bộ Xây dựng")
U("Điều 8.2.c", "c) Chỉ đạo công tác lập dự toán, quản lý, cấp phát", [(UT, "execute", I)], action="Chỉ đạo")
U("Điều 8.2.d", "d) Giao Sở Lao động - Thương binh và Xã hội, phòng Lao động",
  [(UT, "execute", I), ("Sở Lao động - Thương binh và Xã hội", "cooperate"),
   ("phòng Lao động - Thương binh và Xã hội cấp huyện", "cooperate"), ("các ban ngành chức năng", "cooperate")],
  action="rà soát, kiểm tra")
U("Điều 8.2.đ", "đ) Giao Sở Xây dựng là cơ quan thường trực của tỉnh",
  [(UT, "execute", I), ("Sở Xây dựng", "execute")], action="triển khai thực hiện chính sách")
U("Điều 8.2.e", "e) Bố trí đủ vốn đối ứng và kinh phí quản lý",
  [(UT, "execute", I), ("các cơ quan liên quan", "cooperate"), ("các cấp chính quyền địa phương", "cooperate"),
   ("các tổ chức, đoàn thể trên địa bàn", "cooperate")], action="Bố trí đủ vốn đối ứng")
U("Điều 8.2.g", "g) Ban hành cơ chế kiểm tra, giám sát quá trình thực hiện", [(UT, "monitor", I)],
  action="Ban hành cơ chế kiểm tra, giám sát")
U("Điều 8.2.h", "h) Hàng tháng có báo cáo nhanh, 3 tháng một lần",
  [(UT, "execute", I), ("Bộ Xây dựng", "report_to"), ("Bộ Tài chính", "report_to")],
  action="báo cáo", deadline="Hàng tháng", report_to="Bộ Xây dựng")
U("Điều 10", "Điều 10. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ",
  [("Các Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang Bộ", "execute"),
   ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
   ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "execute")],
  action="chịu trách nhiệm thi hành")

D("file_data_44", "congbot/file_data_44.md")
U("Điều 6.1", "1. Ủy ban nhân dân các cấp có trách nhiệm chỉ đạo",
  [("Ủy ban nhân dân các cấp", "execute"), ("cơ quan có thẩm quyền", "report_to")],
  action="chỉ đạo, tổ chức triển khai thực hiện", report_to="cơ quan có thẩm quyền")
U("Điều 6.2", "2. Ủy ban nhân dân cấp xã có trách nhiệm giám sát",
  [("Ủy ban nhân dân cấp xã", "monitor"), ("các cơ quan liên quan ở địa phương", "cooperate")],
  action="giám sát")
U("Điều 6.4", "4. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc đề nghị các tỉnh",
  [("các tỉnh, thành phố trực thuộc Trung ương", "execute"), ("Bộ Tài chính", "report_to")],
  action="phản ánh", report_to="Bộ Tài chính")

D("file_data_34", "congbot/file_data_34.md")
U("1", "1. Bộ trưởng Bộ Công an chủ trì",
  [("Bộ trưởng Bộ Công an", "lead"), ("Bộ Tài chính", "cooperate"), ("các cơ quan liên quan", "cooperate")],
  action="hướng dẫn thi hành Nghị định này")
U("2", "2. Bộ Tài chính có trách nhiệm phối hợp với Bộ Công an",
  [("Bộ Tài chính", "cooperate"), ("Bộ Công an", "cooperate")], action="lập và thực hiện dự toán ngân sách nhà nước")
U("3", "3. Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm chỉ đạo",
  [("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "execute")],
  action="chỉ đạo, tổ chức thực hiện")
U("4", "4. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ",
  [("Các Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang Bộ", "execute"),
   ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
   ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "execute")],
  action="chịu trách nhiệm thi hành")

D("file_data_18", "congbot/file_data_18.md")
U("Điều 3", "Điều 3. Chánh văn phòng UBND tỉnh; Giám đốc các Sở",
  [("Chánh văn phòng UBND tỉnh", "execute"), ("Giám đốc các Sở: Lao động Thương binh và Xã hội", "execute"),
   ("Tài chính", "execute"), ("Cục trưởng Cục Thuế tỉnh", "execute"),
   ("Chủ tịch UBND các Huyện, Thị xã, Thành phố", "execute"),
   ("Thủ trưởng các Ban, ngành liên quan của tỉnh", "execute")], action="chịu trách nhiệm thi hành")
U("Quy định, Điều 6.1", "Hàng quý, UBND xã, phường, thị trấn có trách nhiệm lập hồ sơ",
  [("UBND xã, phường, thị trấn", "execute")], action="lập hồ sơ, thống kê", deadline="Hàng quý")
U("Quy định, Điều 6.2", "Hàng quý, Ủy ban nhân dân huyện, thị xã, thành phố có trách nhiệm tổng hợp",
  [("Ủy ban nhân dân huyện, thị xã, thành phố", "execute"), ("Sở Lao động thương binh xã hội", "report_to")],
  action="tổng hợp", deadline="Hàng quý", report_to="Sở Lao động thương binh xã hội")
U("Quy định, Điều 8.1", "1. Chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố có trách nhiệm chỉ đạo",
  [("Chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố", "execute")], action="chỉ đạo và hướng dẫn")
U("Quy định, Điều 8.2", "2. Chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố; Thủ trưởng",
  [("Chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố", "execute"),
   ("Thủ trưởng các Sở, Ban, Ngành nêu tại Điều 7 Quy định này", "execute")],
  action="chịu trách nhiệm giải quyết việc miễn, giảm tiền sử dụng đất")
U("Quy định, Điều 9", "Điều 9. Trong quá trình thực hiện nếu có vướng mắc, chủ tịch",
  [("chủ tịch Ủy ban nhân dân các Huyện, Thị xã, Thành phố", "execute"), ("Cục Thuế tỉnh", "report_to")],
  action="tổng hợp, báo cáo", report_to="Cục Thuế tỉnh")
