# vbpl batch 7
I = "inh"

D("doc_000628", "vbpl/doc_000628.txt")
KC = "Bộ Khoa học và Công nghệ"
U("Điều 12.1", "1. Xây dựng chiến lược, quy hoạch, kế hoạch hoặc đề án phát triển Mạng bưu chính KT1", [(KC, "execute", I)],
  action="Xây dựng chiến lược, quy hoạch, kế hoạch hoặc đề án")
U("Điều 12.2", "2. Ban hành giá dịch vụ bưu chính KT1;", [(KC, "execute", I)], action="Ban hành giá dịch vụ bưu chính KT1")
U("Điều 12.3", "3. Kiểm tra, giám sát và chỉ đạo việc triển khai thực hiện", [(KC, "monitor", I)],
  action="Kiểm tra, giám sát và chỉ đạo")
U("Điều 12.4", "4. Ưu tiên bố trí vốn đầu tư công để đầu tư xây dựng cơ sở vật chất", [(KC, "execute", I)],
  action="Ưu tiên bố trí vốn đầu tư công")
U("Điều 13", "Chủ trì, phối hợp với Bộ Khoa học và Công nghệ bảo đảm kinh phí",
  [("Bộ Tài chính", "lead", I), (KC, "cooperate")], action="bảo đảm kinh phí")
U("Điều 14.1", "1. Chủ trì, phối hợp với Bộ Khoa học và Công nghệ hướng dẫn việc thực hiện",
  [("Bộ Công an", "lead", I), (KC, "cooperate")], action="hướng dẫn việc thực hiện")
U("Điều 14.2", "2. Tổ chức lực lượng chuyên trách bảo vệ trụ sở điều hành", [("Bộ Công an", "execute", I)],
  action="Tổ chức lực lượng chuyên trách", deadline="khi có yêu cầu")
U("Điều 14.3", "3. Chỉ đạo các đơn vị trực thuộc Bộ Công an phối hợp với Cục Bưu điện Trung ương",
  [("Bộ Công an", "execute"), ("các đơn vị trực thuộc Bộ Công an", "cooperate"), ("Cục Bưu điện Trung ương", "cooperate"),
   ("doanh nghiệp được chỉ định thực hiện duy trì, quản lý mạng bưu chính công cộng", "cooperate")],
  action="Chỉ đạo", deadline="khi có yêu cầu")
UT = "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"
U("Điều 15.1", "1. Quản lý hoạt động cung cấp và sử dụng dịch vụ bưu chính KT1 trên địa bàn", [(UT, "execute", I)],
  action="Quản lý hoạt động cung cấp và sử dụng dịch vụ bưu chính KT1")
U("Điều 15.2", "2. Bảo đảm kinh phí từ ngân sách địa phương", [(UT, "execute", I)], action="Bảo đảm kinh phí")
U("Điều 18", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các cấp",
  [("Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang bộ", "execute"), ("Thủ trưởng cơ quan thuộc Chính phủ", "execute"),
   ("Chủ tịch Ủy ban nhân dân các cấp", "execute"), ("các tổ chức, cá nhân có liên quan", "execute")],
  action="chịu trách nhiệm thi hành")

D("doc_000217", "vbpl/doc_000217.txt")
U("Điều 14.1", "1. Bộ trưởng Bộ Công an chủ trì, phối hợp Bộ trưởng Bộ Quốc phòng",
  [("Bộ trưởng Bộ Công an", "lead"), ("Bộ trưởng Bộ Quốc phòng", "cooperate")],
  action="hướng dẫn, kiểm tra, đôn đốc, tổ chức thực hiện")
U("Điều 14.2", "2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chịu trách nhiệm",
  [("Các Bộ trưởng", "execute"), ("Thủ trưởng cơ quan ngang bộ", "execute"), ("cơ quan thuộc Chính phủ", "execute")],
  action="chịu trách nhiệm thi hành")

D("doc_000527", "vbpl/doc_000527.txt")
CH = "Cục Hạ tầng và Thiết bị y tế"
U("Điều 4.1.a", "a) Chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị liên quan hướng dẫn, triển khai",
  [(CH, "lead", I), ("các cơ quan, tổ chức, đơn vị liên quan", "cooperate")], action="hướng dẫn, triển khai thực hiện")
U("Điều 4.1.b", "b) Theo dõi, hướng dẫn, kiểm tra việc thực hiện nhiệm vụ, quyền hạn đã phân cấp.", [(CH, "monitor", I)],
  action="Theo dõi, hướng dẫn, kiểm tra")
TT = "Thủ trưởng các cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý của Bộ Y tế"
U("Điều 4.2.a", "a) Quyết định tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng là thiết bị y tế theo quy định tại Thông tư này",
  [(TT, "execute", I)], action="Quyết định tiêu chuẩn, định mức")
U("Điều 4.2.b", "b) Thực hiện công khai Quyết định tiêu chuẩn, định mức", [(TT, "execute", I)], action="Thực hiện công khai")
U("Điều 5", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các tổ chức, cá nhân phản ánh về Bộ Y tế",
  [("các tổ chức, cá nhân", "execute"), ("Bộ Y tế", "report_to")], action="phản ánh", report_to="Bộ Y tế")

D("doc_000469", "vbpl/doc_000469.txt")
QT = "cơ quan quản lý nhà nước về thủy sản thuộc Bộ Nông nghiệp và Môi trường"
U("Điều 35.1.a", "a) Chỉ đạo, hướng dẫn chuyên môn, nghiệp vụ liên quan đến công tác bảo vệ", [(QT, "execute", I)],
  action="Chỉ đạo, hướng dẫn chuyên môn, nghiệp vụ")
U("Điều 35.1.b", "b) Tập huấn, tuyên truyền các quy định tại Thông tư này đến tổ chức, cá nhân có hoạt động liên quan đến công tác bảo vệ và phát triển nguồn lợi thủy sản;",
  [(QT, "execute", I)], action="Tập huấn, tuyên truyền")
U("Điều 35.1.c", "c) Tổ chức kiểm tra việc thực hiện quy định của Thông tư này tại địa phương", [(QT, "monitor", I)],
  action="Tổ chức kiểm tra")
UC = "Ủy ban nhân dân cấp tỉnh"
U("Điều 35.2.a", "a) Chỉ đạo cơ quan chuyên môn cấp tỉnh và chính quyền địa phương cấp xã",
  [(UC, "execute", I), ("cơ quan chuyên môn cấp tỉnh", "execute"), ("chính quyền địa phương cấp xã", "execute")], action="Chỉ đạo")
U("Điều 35.2.b", "b) Tổ chức tập huấn, tuyên truyền các quy định tại Thông tư này", [(UC, "execute", I)],
  action="Tổ chức tập huấn, tuyên truyền")
U("Điều 35.2.c", "c) Trình Hội đồng nhân dân cấp tỉnh ban hành và tổ chức thực hiện chính sách", [(UC, "execute", I)],
  action="Trình Hội đồng nhân dân cấp tỉnh ban hành và tổ chức thực hiện")
U("Điều 35.2.d", "d) Chỉ đạo chính quyền cấp xã, cơ quan chức năng chủ trì",
  [(UC, "execute", I), ("chính quyền cấp xã", "lead"), ("cơ quan chức năng", "lead"), ("tổ chức cộng đồng", "cooperate")],
  action="Chỉ đạo")
U("Điều 35.2.đ", "đ) Chỉ đạo Sở Nông nghiệp và Môi trường, Ủy ban nhân dân cấp xã tổ chức rà soát",
  [(UC, "execute", I), ("Sở Nông nghiệp và Môi trường", "execute"), ("Ủy ban nhân dân cấp xã", "execute")],
  action="Chỉ đạo")
U("Điều 35.2.e", "e) Bố trí lực lượng Kiểm ngư thực hiện công tác tuần tra", [(UC, "execute", I)], action="Bố trí lực lượng Kiểm ngư")
U("Điều 35.3", "Cơ quan, tổ chức, cá nhân có liên quan đến điều tra, đánh giá nguồn lợi thủy sản",
  [("Cơ quan, tổ chức, cá nhân có liên quan đến điều tra, đánh giá nguồn lợi thủy sản và môi trường sống của loài thủy sản", "execute")],
  action="quản lý, sử dụng, lưu trữ, bảo mật thông tin, chia sẻ dữ liệu")
U("Điều 35.4", "4. Trong quá trình thực hiện nếu có khó khăn vướng mắc hoặc phát hiện những vấn đề mới phát sinh",
  [("tổ chức, cá nhân", "execute"), (QT, "report_to")], action="báo cáo", report_to=QT)
