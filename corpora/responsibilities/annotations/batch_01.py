# congbot batch 1
I = "inh"
D("file_data_26", "congbot/file_data_26.md")
CT = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
U("1", "1. Chỉ đạo các cấp đưa nội dung đào tạo nghề", [(CT, "execute", I), ("các cấp", "execute")], action="Chỉ đạo")
U("2", "2. Chỉ đạo các cơ quan, tổ chức, doanh nghiệp", [(CT, "execute", I),
  ("các cơ quan, tổ chức, doanh nghiệp, đơn vị lực lượng vũ trang đóng trên địa bàn", "execute")], action="Chỉ đạo")
U("3", "3. Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm",
  [("Cơ quan Lao động - Thương binh và Xã hội ở địa phương", "execute"),
   ("Ủy ban nhân dân cùng cấp", "report_to")],
  action="thống kê, rà soát", report_to="Ủy ban nhân dân cùng cấp")
U("4", "4. Xây dựng kế hoạch phối hợp cụ thể với các Bộ, ngành trung ương",
  [(CT, "execute", I), ("các Bộ, ngành trung ương", "cooperate")], action="Xây dựng kế hoạch phối hợp")
U("5", "5. Định kỳ hàng năm gửi báo cáo về Bộ Lao động",
  [(CT, "execute", I), ("Bộ Lao động - Thương binh và Xã hội", "report_to")],
  action="gửi báo cáo", deadline="Định kỳ hàng năm", report_to="Bộ Lao động - Thương binh và Xã hội")
U(None, "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện nghiêm túc, hiệu quả Chỉ thị này./.",
  [(CT, "execute")], action="thực hiện nghiêm túc, hiệu quả", exact=True)

D("file_data_46", "congbot/file_data_46.md")
U("Điều 2", "Điều 2. Giao Sở Tài chính phối hợp",
  [("Sở Tài chính", "cooperate"), ("Sở Lao động - Thương binh và Xã hội", "cooperate"),
   ("Ủy ban nhân dân các quận, huyện", "cooperate")],
  action="lập thủ tục giải quyết kinh phí")
U("Điều 3", "Điều 3. Chánh Văn phòng Hội đồng nhân dân",
  [("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", "execute"),
   ("Giám đốc Sở Lao động - Thương binh và Xã hội", "execute"),
   ("Giám đốc Sở Tài chính", "execute"),
   ("Kho bạc Nhà nước thành phố Hồ Chí Minh", "execute"),
   ("Chủ tịch Ủy ban nhân dân các quận, huyện", "execute")],
  action="chịu trách nhiệm thi hành")

D("file_data_19", "congbot/file_data_19.md")
GD = "Giám đốc Sở Giáo dục và Đào tạo"
U("Điều 2.1", "1. Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch thời gian năm học",
  [(GD, "execute", I), ("Chủ tịch Ủy ban nhân dân tỉnh", "report_to")],
  action="Tổ chức chỉ đạo thực hiện", report_to="Chủ tịch Ủy ban nhân dân tỉnh")
U("Điều 2.2", "2. Chủ trì, phối hợp với Chủ tịch Ủy ban nhân dân huyện",
  [(GD, "lead", I), ("Chủ tịch Ủy ban nhân dân huyện, thành phố", "cooperate"),
   ("thủ trưởng các ngành có liên quan", "cooperate")],
  action="hướng dẫn và tổ chức thực hiện")
U("Điều 3", "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở:",
  [("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute"),
   ("Giám đốc các sở: Giáo dục và Đào tạo", "execute"),
   ("Kế hoạch và Đầu tư", "execute"), ("Tài chính", "execute"), ("Nội vụ", "execute"),
   ("Lao động - Thương binh và Xã hội", "execute"),
   ("Chủ tịch Ủy ban nhân dân huyện, thành phố", "execute"),
   ("thủ trưởng các cơ quan, đơn vị liên quan", "execute")],
  action="chịu trách nhiệm thi hành")

D("file_data_36", "congbot/file_data_36.md")
U(None, "Bộ Xây dựng đề nghị Bộ Tài chính, Bộ Kế hoạch và Đầu tư bố trí vốn",
  [("Bộ Tài chính", "execute"), ("Bộ Kế hoạch và Đầu tư", "execute")], action="bố trí vốn")

D("file_data_38", "congbot/file_data_38.md")
SL = "Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương"
U("1", "1. Tiếp tục xác nhận và thực hiện chế độ ưu đãi", [(SL, "execute", I)],
  action="Tiếp tục xác nhận và thực hiện chế độ ưu đãi")
U("2", "2. Tiếp nhận và thực hiện ngay chế độ", [(SL, "execute", I)],
  action="Tiếp nhận và thực hiện ngay chế độ")

D("file_data_41", "congbot/file_data_41.md")
U("1", "1. Yêu cầu Bộ Lao động - Thương binh và Xã hội khẩn trương",
  [("Bộ Lao động - Thương binh và Xã hội", "execute")],
  action="rà soát số đối tượng", deadline="trước ngày 31 tháng 12 năm 2014")
U("2", "2. Ủy ban nhân dân tỉnh Nghệ An chủ động rà soát",
  [("Ủy ban nhân dân tỉnh Nghệ An", "execute")], action="rà soát, lập danh sách")

D("file_data_22", "congbot/file_data_22.md")
U("Điều 2", "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương",
  [("Chánh Văn phòng UBND tỉnh", "execute"), ("Giám đốc Sở Công Thương", "execute"),
   ("Thủ trưởng các sở, ban, ngành", "execute"),
   ("Giám đốc Trung tâm Phục vụ hành chính công tỉnh", "execute"),
   ("UBND các huyện, thành phố", "execute"), ("UBND các xã, phường, thị trấn", "execute"),
   ("các tổ chức cá nhân có liên quan", "execute")],
  action="chịu trách nhiệm thi hành")

D("file_data_24", "congbot/file_data_24.md")
U("Điều 2.1", "1. Sở Lao động - Thương binh và Xã hội chịu trách nhiệm đăng tải",
  [("Sở Lao động - Thương binh và Xã hội", "execute")], action="đăng tải công khai")
U("Điều 2.2", "2. Văn phòng UBND tỉnh thực hiện đăng nhập",
  [("Văn phòng UBND tỉnh", "execute")], action="thực hiện đăng nhập")
U("Điều 2.3", "3. Sở Thông tin và Truyền thông chủ trì",
  [("Sở Thông tin và Truyền thông", "lead"), ("Sở Lao động - Thương binh và Xã hội", "cooperate"),
   ("các cơ quan, đơn vị có liên quan", "cooperate")],
  action="xây dựng quy trình điện tử giải quyết TTHC")
U("Điều 2.4.a", "a) Thực hiện niêm yết công khai kịp thời", [("UBND cấp huyện", "execute", I)],
  action="Thực hiện niêm yết công khai", occ=0)
U("Điều 2.4.b", "tổ chức kiểm soát việc chấp hành trình tự", [("UBND cấp huyện", "execute", I), ("UBND tỉnh", "report_to")],
  action="tổ chức kiểm soát", report_to="UBND tỉnh", occ=0)
U("Điều 2.5.a", "a) Thực hiện niêm yết công khai kịp thời", [("UBND cấp xã", "execute", I)],
  action="Thực hiện niêm yết công khai", occ=1)
U("Điều 2.5.b", "tổ chức kiểm soát việc chấp hành trình tự", [("UBND cấp xã", "execute", I), ("UBND cấp huyện", "report_to")],
  action="tổ chức kiểm soát", report_to="UBND cấp huyện", occ=1)
U("Điều 4", "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc Sở:",
  [("Chánh Văn phòng UBND tỉnh", "execute"),
   ("Giám đốc Sở: Lao động - Thương binh và Xã hội", "execute"),
   ("Thông tin và Truyền thông", "execute"), ("Chủ tịch UBND cấp huyện", "execute"),
   ("Chủ tịch UBND cấp xã", "execute"), ("các tổ chức, cá nhân liên quan", "execute")],
  action="chịu trách nhiệm thi hành")

D("file_data_17", "congbot/file_data_17.md")
S = "Sở Lao động - Thương binh và Xã hội"
U("Điều 2", "Điều 2. Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm chủ trì",
  [("Giám đốc Sở Lao động - Thương binh và Xã hội", "lead"), ("các cơ quan liên quan", "cooperate")],
  action="tổ chức triển khai, hướng dẫn, kiểm tra")
U("Điều 3", "Các ông (bà): Chánh Văn phòng",
  [("Chánh Văn phòng Ủy ban nhân dân tỉnh", "execute"),
   ("Giám đốc Sở Lao động - Thương binh và Xã hội", "execute"),
   ("Giám đốc Sở Tài chính", "execute"), ("thủ trưởng các cơ quan liên quan", "execute"),
   ("Chủ tịch Ủy ban nhân huyện, thành phố", "execute")],
  action="chịu trách nhiệm thi hành")
U("Điều 5.1", "Hằng năm xây dựng kế hoạch, dự toán kinh phí tặng quà", [(S, "execute", I)],
  action="xây dựng kế hoạch, dự toán kinh phí", deadline="Hằng năm")
U("Điều 5.1", "Phối hợp với Ủy ban nhân dân huyện, thành phố tổ chức việc trao tặng quà",
  [(S, "cooperate", I), ("Ủy ban nhân dân huyện, thành phố", "cooperate")],
  action="tổ chức việc trao tặng quà")
U("Điều 5.1", "- Triển khai, hướng dẫn, đôn đốc các cơ quan, đơn vị trong tỉnh", [(S, "monitor", I)],
  action="Triển khai, hướng dẫn, đôn đốc")
U("Điều 5.1", "- Định kỳ tổng hợp, báo cáo tình hình kết quả",
  [(S, "execute", I), ("Ủy ban nhân dân tỉnh", "report_to"), ("Bộ Lao động - Thương binh và Xã hội", "report_to")],
  action="tổng hợp, báo cáo", deadline="Định kỳ", report_to="Ủy ban nhân dân tỉnh")
U("Điều 5.2", "2. Sở Tài chính, Kho bạc Nhà nước tỉnh: Thẩm định dự toán",
  [("Sở Tài chính", "execute"), ("Kho bạc Nhà nước tỉnh", "execute")],
  action="Thẩm định dự toán, cấp kinh phí, hướng dẫn kiểm tra")
U("Điều 5.3", "3. Ủy ban nhân dân huyện, thành phố có trách nhiệm chỉ đạo",
  [("Ủy ban nhân dân huyện, thành phố", "execute"), ("Phòng Lao động - Thương binh và Xã hội", "execute"),
   ("Ủy ban nhân dân các xã, phường, thị trấn", "execute"), ("ủy ban nhân dân tỉnh", "report_to")],
  action="chỉ đạo", report_to="ủy ban nhân dân tỉnh")
U("Điều 5.4", "4. Ủy ban nhân dân xã, phường, thị trấn có trách nhiệm tiếp nhận quà",
  [("Ủy ban nhân dân xã, phường, thị trấn", "execute")], action="tiếp nhận quà, tổ chức gặp mặt thăm hỏi và trao quà")
U("Điều 6", "Trong quá trình thực hiện nếu có khó khăn vướng mắc vượt thẩm quyền",
  [("các sở, ban, ngành", "execute"), ("Ủy ban nhân dân các huyện, thành phố", "execute"),
   ("các cơ quan liên quan", "execute"), ("Ủy ban nhân dân tỉnh", "report_to")],
  action="tổng hợp báo cáo", report_to="Ủy ban nhân dân tỉnh")
